package dev.warroom.core.sim;

import dev.warroom.core.plan.model.FaultKind;
import dev.warroom.core.time.DurationText;
import dev.warroom.core.world.Health;
import dev.warroom.core.world.Observation;
import dev.warroom.core.world.ReplicationRole;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Writes what a probe sees of a running resource at a moment, with the facts a commander's card
 * needs in words. Call with the {@link SimState} monitor held.
 */
final class Observations {

    private final SimState state;
    private final WorldReading reading;

    Observations(SimState state, WorldReading reading) {
        this.state = state;
        this.reading = reading;
    }

    Observation of(SimResource r, Instant t) {
        Map<String, String> words = new LinkedHashMap<>();
        words.put("site", r.site.id());
        Optional.ofNullable(r.observe("region")).or(() -> Optional.ofNullable(r.site.region())).ifPresent(region -> words.put("region", region));
        Health health = switch (r.family) {
            case DATABASE, CACHE, STORAGE, QUEUE -> replicated(r, t, words);
            case K8S_DEPLOYMENT -> deployment(r, t, words);
            case CLUSTER -> cluster(r, words);
            case DNS_RECORD -> dns(r, t, words);
            case EDGE -> edge(r, t, words);
            case ROUTING_CONTROL -> routingControl(r, t, words);
            case HEALTH_ENDPOINT -> endpoint(r, t, words);
            case HEALTH_FEED -> feed(r, t, words);
            case SERVERLESS -> serverless(r, t, words);
            case HOST -> host(words);
            case EXTERNAL -> external(words);
        };
        if (state.fault(FaultKind.RESOURCE_DOWN, r, t).isPresent()) {
            words.put("state", ProviderWords.unavailable(r));
            health = Health.DOWN;
        }
        Optional<ScheduledFault> corruption = state.fault(FaultKind.DATA_CORRUPTION, r, t);
        if (corruption.isPresent()) {
            words.put("integrity", "corruption detected since " + Words.at(corruption.get().from())
                    + corruption.get().value().map(v -> " (" + v + ")").orElse(""));
            health = health == Health.UP ? Health.DEGRADED : health;
        }
        if (r.family != KindFamily.HEALTH_ENDPOINT && state.fault(FaultKind.HEALTH_FAILING, r, t).isPresent()) {
            words.put("health", "failing");
            health = health == Health.UP ? Health.DEGRADED : health;
        }
        ReplicationRole role = r.role.at(t);
        return new Observation(r.id(), health, role, reading.lag(r, t), words, t);
    }

    private Health replicated(SimResource r, Instant t, Map<String, String> words) {
        ReplicationRole role = r.role.at(t);
        words.put("role", role.name().toLowerCase(Locale.ROOT));
        reading.lag(r, t).ifPresent(lag -> words.put("lag", Words.lag(lag)));
        reading.link(r, t).ifPresent(link -> words.put("link", link));
        if ("azure-blob-storage".equals(r.kind())) {
            StorageAccountWords.put(state, reading, r, t, words);
        }
        if (r.family == KindFamily.DATABASE) {
            words.put("timeline", r.promotion().filter(p -> p.doneAt(t)).isPresent() ? "2" : "1");
        }
        r.promotion().filter(p -> p.inProgressAt(t)).ifPresent(p -> words.put("state", "promoting since " + Words.at(p.startedAt())));
        r.promotion().filter(p -> p.doneAt(t)).ifPresent(p -> words.put("state", "promoted at " + Words.at(p.completesAt())));
        words.putIfAbsent("state", "available");
        return Health.UP;
    }

    private Health deployment(SimResource r, Instant t, Map<String, String> words) {
        int ready = reading.ready(r, t);
        int desired = r.desired.at(t);
        words.put("replicas", ready + "/" + desired);
        r.maxReplicas.ifPresent(max -> words.put("max", Integer.toString(max)));
        putObserved(r, words, "namespace", "context");
        return ready < desired ? Health.DEGRADED : Health.UP;
    }

    private Health cluster(SimResource r, Map<String, String> words) {
        words.put("nodes", r.nodes + "/" + r.nodes + " ready");
        putObserved(r, words, "context", "name");
        return Health.UP;
    }

    private Health dns(SimResource r, Instant t, Map<String, String> words) {
        String seen = r.resolved.at(t);
        String published = r.authoritative.at(t);
        words.put("target", seen);
        words.put("ttl", DurationText.format(r.ttl.at(t)));
        words.put("type", Optional.ofNullable(r.observe("type")).orElse(seen.matches("[0-9.]+") ? "A" : "CNAME"));
        putObserved(r, words, "zone");
        if (!seen.equals(published)) {
            words.put("propagating", published + " (resolvers still cache " + seen + ")");
        }
        return Health.UP;
    }

    private Health edge(SimResource r, Instant t, Map<String, String> words) {
        String serving = reading.serving(t);
        words.put("serving", serving);
        words.put("origin", serving + (reading.canServe(serving, t) ? " (healthy)" : " (unhealthy)"));
        return reading.canServe(serving, t) ? Health.UP : Health.DEGRADED;
    }

    private Health routingControl(SimResource r, Instant t, Map<String, String> words) {
        words.put("state", r.active.at(t) ? "On" : "Off");
        words.put("serving", reading.serving(t));
        return Health.UP;
    }

    private Health endpoint(SimResource r, Instant t, Map<String, String> words) {
        int status = reading.httpStatus(r, t);
        words.put("status", Integer.toString(status));
        Duration latency = reading.latency(r, t);
        words.put("latency", latency.toMillis() + "ms");
        putObserved(r, words, "url");
        if (reading.isGlobal(r)) {
            words.put("serving", reading.serving(t));
        }
        return status >= 200 && status < 400 ? Health.UP : Health.DOWN;
    }

    private Health feed(SimResource r, Instant t, Map<String, String> words) {
        Optional<String> event = reading.healthEvent(r, t);
        words.put("events", event.orElse("none"));
        if ("route53-health-check".equals(r.kind())) {
            words.put("status", event.isPresent() ? "Unhealthy" : "Healthy");
        }
        return event.isPresent() ? Health.DOWN : Health.UP;
    }

    private Health serverless(SimResource r, Instant t, Map<String, String> words) {
        words.put("deployment", r.active.at(t) ? "active" : "standby");
        putObserved(r, words, "url");
        return Health.UP;
    }

    private Health host(Map<String, String> words) {
        words.put("power", "running");
        return Health.UP;
    }

    private Health external(Map<String, String> words) {
        words.put("status", "operational");
        return Health.UP;
    }

    private static void putObserved(SimResource r, Map<String, String> words, String... keys) {
        for (String key : keys) {
            String value = r.observe(key);
            if (value != null && !value.isBlank()) {
                words.put(key, value);
            }
        }
    }
}

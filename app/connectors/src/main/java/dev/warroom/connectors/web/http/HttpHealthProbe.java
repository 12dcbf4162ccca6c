package dev.warroom.connectors.web.http;

import dev.warroom.core.plan.model.Resource;
import dev.warroom.core.world.Health;
import dev.warroom.core.world.Observation;
import dev.warroom.core.world.Probe;
import dev.warroom.core.world.ProbeException;
import dev.warroom.core.world.ProbeFailure;
import dev.warroom.core.world.ReplicationRole;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Observes an http-health endpoint: one request within a short timeout, reporting {@code status},
 * {@code latency} and {@code url} as the simulated world does. 429 shows as throttled and 401/403 as
 * auth failed; a refused connection as unreachable and a silent server as timed out. Thread-safe.
 */
public final class HttpHealthProbe implements Probe {

    private final HttpClient client;
    private final Duration timeout;
    private final Clock clock;

    public HttpHealthProbe(HttpClient client, Duration timeout, Clock clock) {
        this.client = client;
        this.timeout = timeout;
        this.clock = clock;
    }

    @Override
    public Observation observe(Resource resource) throws ProbeException {
        HttpTarget target;
        try {
            target = HttpTarget.of(resource);
        } catch (HttpTarget.BadTargetException e) {
            throw new ProbeException(ProbeFailure.ERROR, e.getMessage());
        }
        HttpRequest request = HttpRequest.newBuilder(target.uri()).timeout(timeout)
                .method(target.method(), HttpRequest.BodyPublishers.noBody()).header("User-Agent", "WarRoom health probe").build();
        long started = System.nanoTime();
        HttpResponse<Void> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.discarding());
        } catch (IOException e) {
            throw new ProbeException(HttpFailures.failure(e), HttpFailures.words(target.uri(), timeout, e), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProbeException(ProbeFailure.ERROR, "the probe of " + target.uri().getHost() + " was stopped");
        }
        Duration latency = Duration.ofNanos(System.nanoTime() - started);
        int status = response.statusCode();
        Optional<ProbeFailure> refused = HttpFailures.failureOf(status);
        if (refused.isPresent()) {
            String retry = response.headers().firstValue("Retry-After")
                    .map(r -> " (retry after " + r + (r.matches("\\d+") ? "s" : "") + ")").orElse("");
            throw new ProbeException(refused.get(), target.uri() + " answered " + HttpFailures.status(status) + retry);
        }
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("status", Integer.toString(status));
        attributes.put("latency", latency.toMillis() + "ms");
        attributes.put("url", target.uri().toString());
        Health health = target.isUp(status) ? Health.UP : Health.DOWN;
        return new Observation(resource.id(), health, ReplicationRole.NONE, Optional.empty(), attributes, clock.instant());
    }
}

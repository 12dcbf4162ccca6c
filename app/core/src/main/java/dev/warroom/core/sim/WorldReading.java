package dev.warroom.core.sim;

import dev.warroom.core.plan.model.FaultKind;
import dev.warroom.core.plan.model.Site;
import dev.warroom.core.world.ReplicationRole;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Derives what is true at a moment from the state's timelines and faults: replica lag, replication
 * link, ready pods, whether a site can serve, what a health endpoint answers. Call with the
 * {@link SimState} monitor held.
 */
final class WorldReading {

    static final Duration DEFAULT_SPIKE = Duration.ofSeconds(90);
    private static final long DRIFT_STEP_SECONDS = 15;

    private final SimState state;
    private final SimRandom random;
    private final Set<String> publicNames;

    WorldReading(SimState state, SimRandom random) {
        this.state = state;
        this.random = random;
        this.publicNames = PublicNames.of(state);
    }

    /**
     * Replica lag: a small drift that moves with time, a spike while a lag fault is in force, frozen
     * at the value it had when replication stopped (source down, promotion begun), 0 once promoted.
     */
    Optional<Duration> lag(SimResource r, Instant t) {
        Optional<Promotion> promotion = r.promotion();
        if (promotion.isPresent() && promotion.get().doneAt(t)) {
            return Optional.of(Duration.ZERO);
        }
        if (r.role.at(t) != ReplicationRole.REPLICA) {
            return Optional.empty();
        }
        return Optional.of(liveLag(r, replicationStoppedAt(r, t).orElse(t)));
    }

    /** The lag the replica had the moment its replication stopped, if it has stopped and not been promoted yet. */
    Optional<Instant> replicationStoppedAt(SimResource r, Instant t) {
        Optional<Instant> sourceLost = r.primary().flatMap(p -> state.outage(p, t)).map(ScheduledFault::from);
        Optional<Instant> promoting = r.promotion().filter(p -> p.inProgressAt(t)).map(Promotion::startedAt);
        if (sourceLost.isPresent() && promoting.isPresent()) {
            return Optional.of(sourceLost.get().isBefore(promoting.get()) ? sourceLost.get() : promoting.get());
        }
        return sourceLost.or(() -> promoting);
    }

    private Duration liveLag(SimResource r, Instant t) {
        Duration drift = Duration.ofMillis(Math.round(drift(r.id() + "|lag", t, 0.2, 3.0) * 1000));
        Optional<ScheduledFault> spike = state.fault(FaultKind.REPLICA_LAG_SPIKE, r, t)
                .or(() -> r.primary().flatMap(p -> state.fault(FaultKind.REPLICA_LAG_SPIKE, p, t)));
        return spike.map(f -> spikeSize(f).plus(drift)).orElse(drift);
    }

    static Duration spikeSize(ScheduledFault fault) {
        return fault.value().flatMap(Details::durationText).orElse(DEFAULT_SPIKE);
    }

    /** The replication link in words, for replicas and promoted replicas. */
    Optional<String> link(SimResource r, Instant t) {
        Optional<Promotion> promotion = r.promotion();
        if (promotion.isPresent() && promotion.get().doneAt(t)) {
            return Optional.of("none (promoted at " + Words.at(promotion.get().completesAt()) + ")");
        }
        if (promotion.isPresent() && promotion.get().inProgressAt(t)) {
            return Optional.of("stopped (promotion in progress since " + Words.at(promotion.get().startedAt()) + ")");
        }
        if (r.role.at(t) != ReplicationRole.REPLICA) {
            return Optional.empty();
        }
        Optional<ScheduledFault> sourceLost = r.primary().flatMap(p -> state.outage(p, t));
        if (sourceLost.isPresent()) {
            return Optional.of("down (source " + r.primary().orElseThrow().id() + " unreachable since " + Words.at(sourceLost.get().from()) + ")");
        }
        return Optional.of("up");
    }

    /** Ready pods of a deployment: none while it or its site is down. */
    int ready(SimResource r, Instant t) {
        if (state.outage(r, t).isPresent()) {
            return 0;
        }
        return Math.min(r.ready.at(t), r.desired.at(t));
    }

    /** Whether a site is up and has something to serve with (ready pods, an active deployment whose health is not failing). */
    boolean canServe(String siteId, Instant t) {
        if (state.regionDown(siteId, t).isPresent()) {
            return false;
        }
        List<SimResource> here = state.resourcesOf(siteId);
        List<SimResource> pods = here.stream().filter(r -> r.family == KindFamily.K8S_DEPLOYMENT).toList();
        if (!pods.isEmpty() && pods.stream().allMatch(r -> ready(r, t) == 0)) {
            return false;
        }
        List<SimResource> functions = here.stream().filter(r -> r.family == KindFamily.SERVERLESS).toList();
        return functions.isEmpty() || functions.stream().anyMatch(r -> r.active.at(t) && state.outage(r, t).isEmpty()
                && state.fault(FaultKind.HEALTH_FAILING, r, t).isEmpty());
    }

    String serving(Instant t) {
        return state.serving.at(t);
    }

    /** A health endpoint that answers for the whole system: in a shared site, or at a public name. */
    boolean isGlobal(SimResource r) {
        if (r.family != KindFamily.HEALTH_ENDPOINT) {
            return false;
        }
        return state.isShared(r.site) || PublicNames.hostOf(r.observe("url")).map(publicNames::contains).orElse(false);
    }

    /** What the endpoint answers: 0 when nothing answers, 503 when failing or unserved, else 200. */
    int httpStatus(SimResource r, Instant t) {
        if (state.outage(r, t).isPresent()) {
            return 0;
        }
        if (state.fault(FaultKind.HEALTH_FAILING, r, t).isPresent()) {
            return 503;
        }
        if (isGlobal(r)) {
            return canServe(serving(t), t) ? 200 : 503;
        }
        return 200;
    }

    Duration latency(SimResource r, Instant t) {
        return Duration.ofMillis(Math.round(drift(r.id() + "|latency", t, 20, 180)));
    }

    /** An outage the provider's health feed reports for the regions it watches. */
    Optional<String> healthEvent(SimResource r, Instant t) {
        for (Site watched : watchedSites(r)) {
            Optional<ScheduledFault> down = state.regionDown(watched.id(), t);
            if (down.isPresent()) {
                String where = watched.region() != null ? watched.region() : watched.id();
                return Optional.of("service issue: " + where + " unavailable since " + Words.at(down.get().from()));
            }
        }
        return Optional.empty();
    }

    private List<Site> watchedSites(SimResource r) {
        String region = Optional.ofNullable(r.observe("region")).orElse(r.site.region());
        List<Site> sites = state.sites().stream()
                .filter(s -> !state.isShared(s))
                .filter(s -> s == r.site || region != null && region.equalsIgnoreCase(s.region()))
                .toList();
        return sites.isEmpty() ? List.of(state.primarySite) : sites;
    }

    /** The moment of the primary's history a resource holds at {@code t}: now for a primary, earlier for a replica. */
    Instant dataAsOf(SimResource r, Instant t) {
        if (r.role.at(t) != ReplicationRole.REPLICA) {
            return t;
        }
        Instant stopped = replicationStoppedAt(r, t).orElse(t);
        return stopped.minus(liveLag(r, stopped));
    }

    /** Deterministic value noise between {@code min} and {@code max}, interpolated every 15 s so it moves smoothly. */
    private double drift(String key, Instant t, double min, double max) {
        long seconds = Math.floorDiv(t.getEpochSecond(), DRIFT_STEP_SECONDS);
        double within = (Math.floorMod(t.getEpochSecond(), DRIFT_STEP_SECONDS) + t.getNano() / 1e9) / DRIFT_STEP_SECONDS;
        double from = random.unit(key + "|" + seconds);
        double to = random.unit(key + "|" + (seconds + 1));
        return min + (from + (to - from) * within) * (max - min);
    }
}

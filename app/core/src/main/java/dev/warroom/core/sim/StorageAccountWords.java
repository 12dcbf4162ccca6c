package dev.warroom.core.sim;

import dev.warroom.core.world.ReplicationRole;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * What Azure shows of a geo-redundant storage account, written on each of the plan's resources for
 * it: primary and secondary location, the status of each, the last sync time (how much an unplanned
 * failover would lose) and a failover in progress. Call with the {@link SimState} monitor held.
 */
final class StorageAccountWords {

    private StorageAccountWords() {
    }

    static String region(SimResource r) {
        return Optional.ofNullable(r.observe("region")).filter(v -> !v.isBlank())
                .or(() -> Optional.ofNullable(r.site.region())).orElse(r.site.id());
    }

    static void put(SimState state, WorldReading reading, SimResource r, Instant t, Map<String, String> words) {
        Optional<SimResource> secondary = r.primary().isPresent() ? Optional.of(r)
                : state.resources().stream().filter(x -> x.primary().filter(p -> p == r).isPresent()).findFirst();
        if (secondary.isEmpty()) {
            return;
        }
        SimResource geoSecondary = secondary.get();
        SimResource original = geoSecondary.primary().orElseThrow();
        Optional<Promotion> failover = geoSecondary.promotion();
        boolean failedOver = failover.filter(p -> p.doneAt(t)).isPresent();
        SimResource nowPrimary = failedOver ? geoSecondary : original;
        Optional<SimResource> nowSecondary = !failedOver ? Optional.of(geoSecondary)
                : original.role.at(t) == ReplicationRole.REPLICA ? Optional.of(original) : Optional.empty();
        words.put("primaryLocation", region(nowPrimary));
        words.put("statusOfPrimary", status(state, nowPrimary, t));
        words.put("secondaryLocation", nowSecondary.map(StorageAccountWords::region).orElse("none"));
        nowSecondary.ifPresent(s -> words.put("statusOfSecondary", status(state, s, t)));
        words.put("redundancy", nowSecondary.isPresent() ? "GRS" : "LRS (geo-redundancy lost in the failover)");
        if (!failedOver) {
            reading.lag(geoSecondary, t).ifPresent(lag -> words.put("lastSyncTime", Words.at(t.minus(lag)) + " (" + Words.lag(lag) + " behind)"));
        } else {
            nowSecondary.flatMap(s -> reading.lag(s, t)).ifPresent(lag -> words.put("lastSyncTime", Words.at(t.minus(lag))));
            words.put("lastFailover", Words.at(failover.orElseThrow().completesAt()));
        }
        failover.filter(p -> p.inProgressAt(t)).ifPresent(p -> words.put("failoverInProgress", "since " + Words.at(p.startedAt())));
    }

    private static String status(SimState state, SimResource r, Instant t) {
        return state.outage(r, t).isPresent() ? "Unavailable" : "Available";
    }
}

package dev.warroom.core.board;

import dev.warroom.core.world.Observation;
import java.util.List;
import java.util.Optional;

/**
 * The one fact a board row has room for, in the world's own words: ready replicas of a deployment,
 * nodes of a cluster, an endpoint's status and latency, where a DNS name or an edge points, a health
 * feed's events, a replication link. Shown beside the lag where there is one.
 */
public final class ObservationHeadline {

    private static final List<String> KEYS = List.of("replicas", "nodes", "target", "serving", "events", "deployment", "power", "link", "state");

    private ObservationHeadline() {
    }

    public static Optional<String> of(Observation observation) {
        Optional<String> status = observation.attribute("status");
        if (status.isPresent() && observation.attribute("latency").isPresent()) {
            return Optional.of("HTTP " + status.get() + " · " + observation.attribute("latency").get());
        }
        for (String key : KEYS) {
            Optional<String> value = observation.attribute(key);
            if (value.isPresent()) {
                return Optional.of(key + " " + value.get());
            }
        }
        return status.map(s -> "status " + s);
    }
}

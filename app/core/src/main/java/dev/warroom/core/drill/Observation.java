package dev.warroom.core.drill;

import java.time.Instant;
import java.util.Optional;

/** A facilitator's timestamped observation, tagged with a success criterion or an objective. */
public record Observation(Instant at, String actor, String text, Optional<String> criterion, Optional<String> objective,
        ObservationKind kind) {
}

package dev.warroom.core.incident;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/** The engine's window on the state board. */
public interface LiveState {

    /** Polls every probe now (each bounded by its timeout) and returns the readings by resource id. */
    Map<String, ResourceReading> refresh();

    /** The latest readings without polling. */
    Map<String, ResourceReading> latest();

    /** When the world may next change on its own after {@code time}; empty if it may change at any moment. */
    default Optional<Instant> nextScheduledChange(Instant time) {
        return Optional.empty();
    }
}

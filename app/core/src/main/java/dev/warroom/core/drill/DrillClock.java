package dev.warroom.core.drill;

import java.time.Duration;
import java.util.Optional;
import java.time.Instant;

/**
 * The drill clock as the facilitator set it. In TABLETOP it is the incident's own clock (paused, or
 * running at {@code speed}); in DRILL time is real and a pause holds only the inject schedule, so
 * {@code heldFor} is how long the schedule has been held so far (not counting a pause still on).
 */
public record DrillClock(boolean paused, double speed, Optional<Instant> pausedAt, Duration heldFor) {

    public static DrillClock running(double speed) {
        return new DrillClock(false, speed, Optional.empty(), Duration.ZERO);
    }
}

package dev.warroom.console.room.header;

import dev.warroom.core.incident.IncidentState;
import java.time.Duration;
import java.time.Instant;

/** The RTO clock: time since impact, frozen when the incident ends (resolved or aborted). */
final class RtoClock {

    private RtoClock() {
    }

    static Duration elapsed(IncidentState state, Instant now) {
        Instant until = state.endedAt().orElse(now);
        Duration elapsed = Duration.between(state.impactStartedAt(), until);
        return elapsed.isNegative() ? Duration.ZERO : elapsed;
    }
}

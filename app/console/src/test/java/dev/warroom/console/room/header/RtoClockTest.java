package dev.warroom.console.room.header;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warroom.core.incident.IncidentState;
import dev.warroom.core.incident.IncidentStatus;
import dev.warroom.core.incident.Mode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RtoClockTest {

    private static final Instant IMPACT = Instant.parse("2025-09-15T09:00:00Z");

    @Test
    void runsFromTheImpactNotFromWhenTheIncidentWasOpened() {
        IncidentState deciding = state(IncidentStatus.DECIDING, Optional.empty());
        assertThat(RtoClock.elapsed(deciding, IMPACT.plus(Duration.ofMinutes(12)))).isEqualTo(Duration.ofMinutes(12));
    }

    @Test
    void stopsWhenTheIncidentEnds() {
        IncidentState resolved = state(IncidentStatus.RESOLVED, Optional.of(IMPACT.plus(Duration.ofMinutes(84))));
        assertThat(RtoClock.elapsed(resolved, IMPACT.plus(Duration.ofHours(5)))).isEqualTo(Duration.ofMinutes(84));
    }

    @Test
    void neverRunsBackwards() {
        assertThat(RtoClock.elapsed(state(IncidentStatus.DECIDING, Optional.empty()), IMPACT.minusSeconds(3))).isEqualTo(Duration.ZERO);
    }

    private static IncidentState state(IncidentStatus status, Optional<Instant> endedAt) {
        return new IncidentState("ai-workflow", Mode.TABLETOP, Optional.of("region-failure"), IMPACT.plusSeconds(90), IMPACT, status,
                Optional.empty(), List.of(), List.of(), List.of(), List.of(), Optional.empty(), Optional.empty(), endedAt,
                Optional.empty(), Optional.empty(), IncidentState.Pending.NONE, Optional.empty(),
                new dev.warroom.core.incident.IncidentTargets(java.time.Duration.ofMinutes(90), java.time.Duration.ofMinutes(15), Optional.empty()), 1);
    }
}

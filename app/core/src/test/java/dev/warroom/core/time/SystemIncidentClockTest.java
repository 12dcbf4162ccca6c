package dev.warroom.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SystemIncidentClockTest {

    @Test
    void itTellsTheTimeOfTheUnderlyingClockAtRealSpeed() {
        Instant fixed = Instant.parse("2025-01-15T10:00:00Z");
        SystemIncidentClock clock = new SystemIncidentClock(Clock.fixed(fixed, ZoneOffset.UTC));

        assertThat(clock.now()).isEqualTo(fixed);
        assertThat(clock.speed()).isEqualTo(1.0);
    }
}

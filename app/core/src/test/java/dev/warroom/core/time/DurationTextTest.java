package dev.warroom.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DurationTextTest {

    @Test
    void durationsThatWouldOverflowAreNotDurations() {
        assertThat(DurationText.parse("99999999999999d")).isEmpty();
        assertThat(DurationText.parse("99999999999999h")).isEmpty();
        assertThat(DurationText.parse("9223372036854775807ms")).isEmpty();
        assertThat(DurationText.parse("99999999999999999999999s")).isEmpty();
        assertThat(DurationText.parse("36500d1ms")).isEmpty();
    }

    @Test
    void tooLongIsSaidInWords() {
        assertThat(DurationText.explain("99999999999999d")).contains("too long").contains("36500d");
        assertThat(DurationText.explain("15")).contains("no unit");
    }

    @Test
    void everyAcceptedDurationCanBeCountedInMillisAndAddedToIncidentTime() {
        Duration longest = DurationText.parse("36500d").orElseThrow();
        assertThat(longest.toMillis()).isPositive();
        assertThat(Instant.parse("2026-01-01T00:00:00Z").plus(longest)).isAfter(Instant.parse("2125-01-01T00:00:00Z"));
        assertThat(DurationText.parse("1h30m")).contains(Duration.ofMinutes(90));
    }
}

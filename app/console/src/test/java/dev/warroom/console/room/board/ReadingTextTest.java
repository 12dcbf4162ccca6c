package dev.warroom.console.room.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ReadingTextTest {

    @Test
    void lagShowsTenthsOfASecondUnderAMinuteThenMinutesAndSeconds() {
        assertThat(ReadingText.lag(Duration.ofMillis(840))).isEqualTo("0.8s");
        assertThat(ReadingText.lag(Duration.ofMillis(12_440))).isEqualTo("12.4s");
        assertThat(ReadingText.lag(Duration.ofSeconds(90))).isEqualTo("1m 30s");
        assertThat(ReadingText.lag(Duration.ofMinutes(15))).isEqualTo("15m");
        assertThat(ReadingText.lag(Duration.ofMinutes(125))).isEqualTo("2h 5m");
    }

    @Test
    void ageIsWholeSecondsThenMinutesAndNeverNegative() {
        assertThat(ReadingText.age(Duration.ofMillis(4_900))).isEqualTo("4s");
        assertThat(ReadingText.age(Duration.ofSeconds(125))).isEqualTo("2m 5s");
        assertThat(ReadingText.age(Duration.ofHours(3))).isEqualTo("3h");
        assertThat(ReadingText.age(Duration.ofSeconds(-2))).as("a reading stamped a moment after the clock was read").isEqualTo("0s");
    }

    @Test
    void theClockReadsHoursMinutesSeconds() {
        assertThat(ReadingText.clock(Duration.ZERO)).isEqualTo("0:00:00");
        assertThat(ReadingText.clock(Duration.ofSeconds(249))).isEqualTo("0:04:09");
        assertThat(ReadingText.clock(Duration.ofMinutes(95).plusSeconds(7))).isEqualTo("1:35:07");
        assertThat(ReadingText.clock(Duration.ofHours(27))).isEqualTo("27:00:00");
    }
}

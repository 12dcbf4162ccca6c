package dev.warroom.console.room.board;

import static dev.warroom.console.room.board.BoardFixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class LagHistoryTest {

    @Test
    void keepsTheNewestReadingsOldestFirst() {
        LagHistory history = new LagHistory(30);
        for (int i = 0; i < 45; i++) {
            history.add(T0.plusSeconds(2L * i), Duration.ofMillis(100L * i));
        }
        assertThat(history.size()).isEqualTo(30);
        assertThat(history.seconds()).first().isEqualTo(1.5);
        assertThat(history.seconds()).last().isEqualTo(4.4);
    }

    @Test
    void theSameObservationRepeatedBySnapshotsWhileAProbeFailsCountsOnce() {
        LagHistory history = new LagHistory(30);
        assertThat(history.add(T0, Duration.ofSeconds(3))).isTrue();
        assertThat(history.add(T0, Duration.ofSeconds(3))).isFalse();
        assertThat(history.add(T0.minusSeconds(5), Duration.ofSeconds(9))).as("a late, older answer").isFalse();
        assertThat(history.add(T0.plusSeconds(2), Duration.ofSeconds(4))).isTrue();
        assertThat(history.seconds()).containsExactly(3.0, 4.0);
    }

    @Test
    void aSparklineNeedsRoomForTwoReadings() {
        assertThatThrownBy(() -> new LagHistory(1)).hasMessageContaining("at least two");
    }
}

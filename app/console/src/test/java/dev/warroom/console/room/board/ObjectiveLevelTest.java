package dev.warroom.console.room.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ObjectiveLevelTest {

    private static final Duration RTO = Duration.ofMinutes(90);

    @Test
    void turnsWarnAtThreeQuartersAndBadOnlyPastTheTarget() {
        assertThat(ObjectiveLevel.of(Duration.ofMinutes(67), RTO)).isEqualTo(ObjectiveLevel.OK);
        assertThat(ObjectiveLevel.of(Duration.ofSeconds(67 * 60 + 30), RTO)).isEqualTo(ObjectiveLevel.WARN);
        assertThat(ObjectiveLevel.of(RTO, RTO)).as("exactly on target is not yet missed").isEqualTo(ObjectiveLevel.WARN);
        assertThat(ObjectiveLevel.of(RTO.plusSeconds(1), RTO)).isEqualTo(ObjectiveLevel.BAD);
    }

    @Test
    void aZeroObjectiveIsMissedByAnyLoss() {
        assertThat(ObjectiveLevel.of(Duration.ZERO, Duration.ZERO)).isEqualTo(ObjectiveLevel.OK);
        assertThat(ObjectiveLevel.of(Duration.ofMillis(1), Duration.ZERO)).isEqualTo(ObjectiveLevel.BAD);
    }

    @Test
    void reportsTheShareOfTheObjectiveUsed() {
        assertThat(ObjectiveLevel.used(Duration.ofMinutes(45), RTO)).isEqualTo(0.5);
        assertThat(ObjectiveLevel.used(Duration.ofMinutes(180), RTO)).isEqualTo(2.0);
    }
}

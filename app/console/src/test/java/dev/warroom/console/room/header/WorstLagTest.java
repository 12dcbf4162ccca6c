package dev.warroom.console.room.header;

import static dev.warroom.console.room.board.BoardFixtures.T0;
import static dev.warroom.console.room.board.BoardFixtures.aiWorkflow;
import static dev.warroom.console.room.board.BoardFixtures.failing;
import static dev.warroom.console.room.board.BoardFixtures.fresh;
import static dev.warroom.console.room.board.BoardFixtures.observed;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warroom.core.board.BoardSnapshot;
import dev.warroom.core.board.BoardStatus;
import dev.warroom.core.world.Health;
import dev.warroom.core.world.ReplicationRole;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorstLagTest {

    @Test
    void theLargestLagOfADataReplicaIsTheDataAtRisk() throws Exception {
        BoardSnapshot board = new BoardSnapshot(3, T0, List.of(
                fresh(observed("db-dr", Health.UP, ReplicationRole.REPLICA, Duration.ofSeconds(90), T0)),
                fresh(observed("redis-dr", Health.UP, ReplicationRole.REPLICA, Duration.ofSeconds(3), T0)),
                fresh(observed("aks-dr", Health.UP, ReplicationRole.REPLICA, Duration.ofMinutes(20), T0))));

        assertThat(WorstLag.of(aiWorkflow(), board)).contains(new WorstLag("db-dr", Duration.ofSeconds(90)));
    }

    @Test
    void aLastKnownLagStillCountsWhileTheReplicaCannotBeRead() throws Exception {
        BoardSnapshot board = new BoardSnapshot(3, T0, List.of(
                failing("db-dr", BoardStatus.TIMEOUT, "no answer within 5s",
                        observed("db-dr", Health.UP, ReplicationRole.REPLICA, Duration.ofMinutes(16), T0)),
                fresh(observed("redis-dr", Health.UP, ReplicationRole.REPLICA, Duration.ofSeconds(3), T0))));

        assertThat(WorstLag.of(aiWorkflow(), board)).contains(new WorstLag("db-dr", Duration.ofMinutes(16)));
    }

    @Test
    void aDemotedPrimaryThatNowReplicatesCounts() throws Exception {
        BoardSnapshot board = new BoardSnapshot(3, T0, List.of(
                fresh(observed("db-prod", Health.UP, ReplicationRole.REPLICA, Duration.ofSeconds(40), T0)),
                fresh(observed("db-dr", Health.UP, ReplicationRole.PRIMARY, Duration.ZERO, T0))));

        assertThat(WorstLag.of(aiWorkflow(), board)).contains(new WorstLag("db-prod", Duration.ofSeconds(40)));
    }

    @Test
    void noReplicaReadingMeansNothingToShow() throws Exception {
        BoardSnapshot board = new BoardSnapshot(3, T0, List.of(
                failing("db-dr", BoardStatus.UNREACHABLE, "no answer from westeurope", null),
                fresh(observed("db-prod", Health.UP, ReplicationRole.PRIMARY, null, T0))));

        assertThat(WorstLag.of(aiWorkflow(), board)).isEmpty();
    }
}

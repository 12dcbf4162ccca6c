package dev.warroom.console.room.board;

import static dev.warroom.console.room.board.BoardFixtures.T0;
import static dev.warroom.console.room.board.BoardFixtures.failing;
import static dev.warroom.console.room.board.BoardFixtures.fresh;
import static dev.warroom.console.room.board.BoardFixtures.notObservedYet;
import static dev.warroom.console.room.board.BoardFixtures.observed;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warroom.core.board.BoardStatus;
import dev.warroom.core.world.Health;
import dev.warroom.core.world.Observation;
import dev.warroom.core.world.ReplicationRole;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class BoardChangeTest {

    private static final Observation REPLICA = observed("db-dr", Health.UP, ReplicationRole.REPLICA, Duration.ofSeconds(2), T0);

    @Test
    void aNewerReadingThatSaysTheSameIsNoChange() throws Exception {
        Observation later = observed("db-dr", Health.UP, ReplicationRole.REPLICA, Duration.ofSeconds(3), T0.plusSeconds(2));
        assertThat(BoardChange.noticeable(fresh(REPLICA), fresh(later))).isFalse();
    }

    @Test
    void statusHealthAndRoleChangesAreNoticed() throws Exception {
        assertThat(BoardChange.noticeable(fresh(REPLICA), failing("db-dr", BoardStatus.THROTTLED, "429", REPLICA))).isTrue();
        assertThat(BoardChange.noticeable(fresh(REPLICA),
                fresh(observed("db-dr", Health.DEGRADED, ReplicationRole.REPLICA, Duration.ofSeconds(2), T0.plusSeconds(2))))).isTrue();
        assertThat(BoardChange.noticeable(fresh(REPLICA),
                fresh(observed("db-dr", Health.UP, ReplicationRole.PRIMARY, Duration.ZERO, T0.plusSeconds(2))))).isTrue();
    }

    @Test
    void theBoardFillingUpAtStartIsNotAChange() throws Exception {
        assertThat(BoardChange.noticeable(null, fresh(REPLICA))).isFalse();
        assertThat(BoardChange.noticeable(notObservedYet("db-dr"), fresh(REPLICA))).isFalse();
        assertThat(BoardChange.noticeable(notObservedYet("db-dr"), failing("db-dr", BoardStatus.UNREACHABLE, "no answer", null)))
                .isFalse();
    }

    @Test
    void aResourceThatWasUnreachableAndAnswersIsAChange() throws Exception {
        assertThat(BoardChange.noticeable(failing("db-dr", BoardStatus.UNREACHABLE, "no answer", null), fresh(REPLICA))).isTrue();
    }
}

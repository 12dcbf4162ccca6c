package dev.warroom.console.room.board;

import static dev.warroom.console.room.board.BoardFixtures.T0;
import static dev.warroom.console.room.board.BoardFixtures.failing;
import static dev.warroom.console.room.board.BoardFixtures.fresh;
import static dev.warroom.console.room.board.BoardFixtures.notObservedYet;
import static dev.warroom.console.room.board.BoardFixtures.observed;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warroom.core.board.BoardEntry;
import dev.warroom.core.board.BoardStatus;
import dev.warroom.core.world.Health;
import dev.warroom.core.world.ReplicationRole;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SiteSummaryTest {

    @Test
    void aSiteWhereEverythingAnswersUpSaysSo() throws Exception {
        SiteSummary summary = SiteSummary.of(List.of(
                fresh(observed("db-dr", Health.UP, ReplicationRole.REPLICA, null, T0)),
                fresh(observed("redis-dr", Health.UP, ReplicationRole.REPLICA, null, T0))));
        assertThat(summary.parts()).containsExactly(new SiteSummary.Part(2, 2, "board.health.up"));
        assertThat(summary.level()).isEqualTo(ObjectiveLevel.OK);
    }

    @Test
    void aRegionThatIsGoneLeadsWithUnreachableThenWhatIsDown() throws Exception {
        List<BoardEntry> entries = new ArrayList<>();
        for (String id : List.of("aks-prod", "db-prod", "redis-prod")) {
            entries.add(failing(id, BoardStatus.UNREACHABLE, "no answer from eastus", null));
        }
        entries.add(fresh(observed("service-health-eastus", Health.DOWN, ReplicationRole.NONE, null, T0)));
        SiteSummary summary = SiteSummary.of(entries);
        assertThat(summary.parts()).containsExactly(new SiteSummary.Part(3, 4, "board.status.unreachable"),
                new SiteSummary.Part(1, 4, "board.health.down"));
        assertThat(summary.level()).isEqualTo(ObjectiveLevel.BAD);
    }

    @Test
    void readingsNotYetInAreAWarningNotAnAlarm() throws Exception {
        SiteSummary summary = SiteSummary.of(List.of(notObservedYet("db-dr"),
                fresh(observed("redis-dr", Health.UP, ReplicationRole.REPLICA, null, T0))));
        assertThat(summary.parts()).containsExactly(new SiteSummary.Part(1, 2, "board.status.stale"));
        assertThat(summary.level()).isEqualTo(ObjectiveLevel.WARN);
    }

    @Test
    void credentialsRefusedComeBeforeThrottling() throws Exception {
        SiteSummary summary = SiteSummary.of(List.of(
                failing("front-door", BoardStatus.THROTTLED, "429 Too Many Requests", null),
                failing("dns-api", BoardStatus.AUTH_FAILED, "AADSTS700082: the refresh token has expired", null),
                notObservedYet("health-auth")));
        assertThat(summary.parts()).extracting(SiteSummary.Part::wordsKey)
                .containsExactly("board.status.auth-failed", "board.status.throttled");
    }
}

package dev.warroom.connectors.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.warroom.connectors.ActionKey;
import dev.warroom.connectors.lab.FreePorts;
import dev.warroom.core.world.ActionExecutor;
import dev.warroom.core.world.ActionPreview;
import dev.warroom.core.world.ActionResult;
import dev.warroom.core.world.Reach;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** sql.check against a real primary and standby: results, expectations, and queries that would change the server. */
class PostgresSqlCheckTest {

    /** The check-lag query of plans/local-lab.yaml. */
    private static final String CAUGHT_UP = "SELECT CASE WHEN pg_last_wal_receive_lsn() IS NOT DISTINCT FROM pg_last_wal_replay_lsn()"
            + " THEN 'caught-up' ELSE 'replaying' END AS standby_state";

    @TempDir
    static Path dir;

    static PostgresServers servers;
    static ActionExecutor sqlCheck;

    @BeforeAll
    static void startServers() {
        servers = PostgresServers.start(dir);
        sqlCheck = new PostgresConnector(PostgresServers.settings()).executors().get(ActionKey.of("sql.check", "postgres"));
    }

    @AfterAll
    static void stopServers() {
        if (servers != null) {
            servers.close();
        }
    }

    @Test
    void theFirstValueIsTheResultAndMatchesTheExpectationInPostgresWords() throws Exception {
        ActionResult result = sqlCheck.execute(Requests.of("sql.check", servers.standby(),
                Map.of("query", "SELECT pg_is_in_recovery()", "expect", "true")));

        assertThat(result.succeeded()).isTrue();
        assertThat(result.outputs()).containsEntry("result", "t");
    }

    @Test
    void aDifferentResultFailsTheCheckAndSaysWhatCameBack() throws Exception {
        ActionResult result = sqlCheck.execute(Requests.of("sql.check", servers.primary(),
                Map.of("query", "SELECT pg_is_in_recovery()", "expect", "true")));

        assertThat(result.succeeded()).isFalse();
        assertThat(result.outputs()).containsEntry("result", "f");
        assertThat(result.detail()).contains("returned f, expected true");
    }

    @Test
    void theLabPlansCaughtUpQueryAnswersOnAStandbyThatHasReplayedWhatItReceived() throws Exception {
        servers.onPrimary("INSERT INTO heartbeat DEFAULT VALUES");
        String count = servers.query(servers.pair.primaryPort(), "SELECT count(*) FROM heartbeat");
        await("the row to reach the standby").atMost(Duration.ofSeconds(30)).ignoreExceptions()
                .until(() -> servers.queryStandby("SELECT count(*) FROM heartbeat"), count::equals);

        ActionResult result = sqlCheck.execute(Requests.of("sql.check", servers.standby(), Map.of("query", CAUGHT_UP, "expect", "caught-up")));

        assertThat(result.succeeded()).as(result.detail()).isTrue();
        assertThat(result.outputs()).containsEntry("result", "caught-up");
    }

    @Test
    void rowsWrittenOnThePrimaryAreCountedOnTheStandby() throws Exception {
        servers.onPrimary("INSERT INTO heartbeat DEFAULT VALUES");
        String count = servers.query(servers.pair.primaryPort(), "SELECT count(*) FROM heartbeat");
        await("the row to reach the standby").atMost(Duration.ofSeconds(30)).ignoreExceptions()
                .until(() -> servers.queryStandby("SELECT count(*) FROM heartbeat"), count::equals);

        ActionResult result = sqlCheck.execute(Requests.of("sql.check", servers.standby(),
                Map.of("query", "SELECT CASE WHEN count(*) > 0 THEN 'present' ELSE 'missing' END FROM heartbeat", "expect", "present")));

        assertThat(result.succeeded()).isTrue();
        assertThat(result.outputs()).containsEntry("result", "present");
    }

    @Test
    void anEmptyAnswerAndNullAreResultsToo() throws Exception {
        assertThat(sqlCheck.execute(Requests.of("sql.check", servers.primary(), Map.of("query", "SELECT 1 WHERE false"))).outputs())
                .containsEntry("result", "(no rows)");
        assertThat(sqlCheck.execute(Requests.of("sql.check", servers.primary(), Map.of("query", "SELECT NULL"))).outputs())
                .containsEntry("result", "null");
    }

    @Test
    void aWriteIsRefusedByTheServerAndChangesNothing() throws Exception {
        String before = servers.query(servers.pair.primaryPort(), "SELECT count(*) FROM heartbeat");

        ActionResult insert = sqlCheck.execute(Requests.of("sql.check", servers.primary(), Map.of("query", "INSERT INTO heartbeat DEFAULT VALUES")));
        ActionResult nextval = sqlCheck.execute(Requests.of("sql.check", servers.primary(), Map.of("query", "SELECT nextval('heartbeat_id_seq')")));

        assertThat(insert.succeeded()).isFalse();
        assertThat(insert.detail()).contains("read-only transaction");
        assertThat(nextval.succeeded()).isFalse();
        assertThat(nextval.detail()).contains("read-only transaction");
        assertThat(servers.query(servers.pair.primaryPort(), "SELECT count(*) FROM heartbeat")).isEqualTo(before);
    }

    @Test
    void aPromotionHiddenInAQueryIsRefusedBeforeAnythingIsSent() throws Exception {
        ActionResult result = sqlCheck.execute(Requests.of("sql.check", servers.standby(), Map.of("query", "SELECT pg_promote()")));

        assertThat(result.succeeded()).isFalse();
        assertThat(result.detail()).contains("read-only", "pg_promote()");
        assertThat(servers.queryStandby("SELECT pg_is_in_recovery()")).isEqualTo("t");
    }

    @Test
    void aQueryTheServerRejectsFailsInItsWords() throws Exception {
        ActionResult result = sqlCheck.execute(Requests.of("sql.check", servers.primary(), Map.of("query", "SELECT * FROM no_such_table")));

        assertThat(result.succeeded()).isFalse();
        assertThat(result.detail()).contains("relation \"no_such_table\" does not exist");
    }

    @Test
    void theDatabaseParameterPicksAnotherDatabaseOnTheSameServer() throws Exception {
        ActionResult result = sqlCheck.execute(Requests.of("sql.check", servers.primary(),
                Map.of("query", "SELECT current_database()", "database", "postgres", "expect", "postgres")));

        assertThat(result.succeeded()).isTrue();
    }

    @Test
    void anUnreachableServerFailsTheCheckWithoutAResult() throws Exception {
        int closed = FreePorts.closed();
        ActionResult result = sqlCheck.execute(Requests.of("sql.check", PostgresServers.resource("gone", closed, Map.of()),
                Map.of("query", "SELECT 1")));

        assertThat(result.succeeded()).isFalse();
        assertThat(result.detail()).contains("127.0.0.1:" + closed);
        assertThat(result.outputs()).doesNotContainKey("result");
    }

    @Test
    void thePreviewShowsTheQueryInAReadOnlyTransactionAndTouchesNothing() {
        int closed = FreePorts.closed();
        ActionPreview preview = sqlCheck.preview(Requests.of("sql.check", PostgresServers.resource("db", closed, Map.of()),
                Map.of("query", "SELECT count(*) FROM heartbeat", "expect", "5")));

        assertThat(preview.call()).contains("host=127.0.0.1 port=" + closed, "BEGIN READ ONLY; SELECT count(*) FROM heartbeat; ROLLBACK");
        assertThat(preview.summary()).contains("expect 5");
        assertThat(preview.reach()).isEqualTo(Reach.DRILL_ENVIRONMENT);
    }
}

package dev.warroom.core.sim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warroom.core.plan.model.FaultKind;
import dev.warroom.core.world.ActionResult;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** sql.check answers the queries a DBA runs during a failover as a real PostgreSQL server would. */
class SqlAnswersTest {

    private static final String CAUGHT_UP = "SELECT CASE WHEN pg_last_wal_receive_lsn() IS NOT DISTINCT FROM pg_last_wal_replay_lsn()"
            + " THEN 'caught-up' ELSE 'replaying' END AS standby_state";

    private final Fixture f = new Fixture();

    private String answer(String db, String query) throws InterruptedException {
        ActionResult result = f.run("sql.check", db, Map.of("query", query));
        assertThat(result.succeeded()).as("%s on %s: %s", query, db, result.detail()).isTrue();
        return result.outputs().get("result");
    }

    @Test
    void aStandbyWhosePrimaryIsGoneHasReplayedAllTheWalItReceived() throws Exception {
        f.inject(FaultKind.REGION_DOWN, "east");
        f.advance(Duration.ofSeconds(20));

        ActionResult check = f.run("sql.check", "pg-west", Map.of("query", CAUGHT_UP, "expect", "caught-up"));

        assertThat(check.succeeded()).as(check.detail()).isTrue();
        assertThat(check.outputs()).containsEntry("result", "caught-up");
        assertThat(answer("pg-west", "SELECT pg_last_wal_receive_lsn()")).matches("[0-9A-F]+/[0-9A-F]+");
    }

    @Test
    void aPrimaryHasNoReceiveOrReplayPositionSoOnlyIsNotDistinctFromCallsThemEqual() throws Exception {
        assertThat(answer("pg-east", "SELECT pg_last_wal_receive_lsn(), pg_last_wal_replay_lsn()")).isEqualTo("null|null");
        assertThat(answer("pg-east", CAUGHT_UP)).isEqualTo("caught-up");
        assertThat(answer("pg-east", "SELECT CASE WHEN pg_last_wal_receive_lsn() = pg_last_wal_replay_lsn() THEN 'same' ELSE 'unknown' END"))
                .as("NULL = NULL is NULL, which takes the ELSE branch").isEqualTo("unknown");
    }

    @Test
    void theWalOfThePrimaryMovesOnAndAStandbyCannotAskForIt() throws Exception {
        String before = answer("pg-east", "SELECT pg_current_wal_lsn()");
        f.advance(Duration.ofMinutes(1));
        String after = answer("pg-east", "SELECT pg_current_wal_lsn()");
        assertThat(SqlValues.Lsn.parse(after).bytes()).isGreaterThan(SqlValues.Lsn.parse(before).bytes());

        ActionResult onStandby = f.run("sql.check", "pg-west", Map.of("query", "SELECT pg_current_wal_lsn();"));

        assertThat(onStandby.succeeded()).isFalse();
        assertThat(onStandby.detail()).startsWith("ERROR:  recovery is in progress");
    }

    @Test
    void aConditionOverARowCountPicksItsBranch() throws Exception {
        assertThat(answer("pg-west", "SELECT CASE WHEN count(*) > 0 THEN 'present' ELSE 'missing' END FROM heartbeat")).isEqualTo("present");
        assertThat(answer("pg-west", "select case when count(*) > 100000000 then 'huge' else 'ordinary' end from heartbeat;"))
                .isEqualTo("ordinary");
        assertThat(answer("pg-east", "SELECT pg_is_in_recovery() = 'f', NOT pg_is_in_recovery(), 2 > 1 AND NULL IS NULL")).isEqualTo("t|t|t");
    }

    @Test
    void rowCountsOfSeveralTablesComeBackOneRowPerTableAsPsqlPrintsThem() throws Exception {
        String counts = answer("pg-west", """
                -- 檢查關鍵表記錄數
                SELECT
                  'users' AS table_name, count(*) FROM users
                UNION ALL
                SELECT 'sessions', count(*) FROM sessions;
                """);

        assertThat(counts).matches("users\\|[0-9]+; sessions\\|[0-9]+");
        String users = counts.split("; ")[0].split("\\|")[1];
        assertThat(answer("pg-west", "SELECT count(*) FROM users")).isEqualTo(users);
    }

    @Test
    void theNewestRowOfAStandbyIsAsOldAsItsLagAndAPromotedOneTakesNewWrites() throws Exception {
        f.advance(Duration.ofMinutes(5));
        f.inject(FaultKind.REPLICA_LAG_SPIKE, "pg-west", Duration.ofMinutes(5), null, "40s");
        Instant primaryNewest = timestamp(answer("pg-east", "SELECT MAX(created_at) FROM messages;"));
        Instant standbyNewest = timestamp(answer("pg-west", "SELECT MAX(created_at) FROM messages;"));

        assertThat(Duration.between(standbyNewest, primaryNewest)).isBetween(Duration.ofSeconds(38), Duration.ofSeconds(45));
        assertThat(answer("pg-west", "SELECT extract(epoch from now() - pg_last_xact_replay_timestamp()) > 30")).isEqualTo("t");

        f.inject(FaultKind.REGION_DOWN, "east", Duration.ofMinutes(5), null, null);
        f.run("database.promote", "pg-west", Map.of());
        f.advance(Duration.ofMinutes(5));

        Instant afterPromotion = timestamp(answer("pg-west", "SELECT MAX(created_at) FROM messages"));
        assertThat(Duration.between(afterPromotion, f.clock.now())).as("written moments ago on the new primary").isLessThan(Duration.ofSeconds(3));
        assertThat(answer("pg-west", "SELECT pg_last_xact_replay_timestamp() IS NOT NULL, pg_is_in_recovery()")).isEqualTo("t|f");
    }

    @Test
    void aQueryBeyondTheSimulationStillGetsABestGuess() throws Exception {
        String counted = answer("pg-west", "SELECT count(*) FROM heartbeat WHERE ts > now() - interval '1 minute'");

        assertThat(counted).matches("[0-9]+");
    }

    private static Instant timestamp(String psql) {
        String text = psql.replace("+00", "");
        return LocalDateTime.parse(text, DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss[.SSSSSS][.SSSSS][.SSSS][.SSS][.SS][.S]"))
                .toInstant(ZoneOffset.UTC);
    }
}

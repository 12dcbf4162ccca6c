package dev.warroom.connectors.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.warroom.connectors.ActionKey;
import dev.warroom.core.world.ActionExecutor;
import dev.warroom.core.world.ActionPreview;
import dev.warroom.core.world.ActionResult;
import dev.warroom.core.world.Observation;
import dev.warroom.core.world.Probe;
import dev.warroom.core.world.Reach;
import dev.warroom.core.world.ReplicationRole;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** database.promote on a real streaming standby: promoted within one poll, on a new timeline, with every row written before it. */
class PostgresPromotionTest {

    @TempDir
    static Path dir;

    static PostgresServers servers;
    static Probe probe;
    static ActionExecutor promote;

    @BeforeAll
    static void startServers() {
        servers = PostgresServers.start(dir);
        PostgresConnector connector = new PostgresConnector(PostgresServers.settings());
        probe = connector.probes().get("postgres");
        promote = connector.executors().get(ActionKey.of("database.promote", "postgres"));
    }

    @AfterAll
    static void stopServers() {
        if (servers != null) {
            servers.close();
        }
    }

    @Test
    void theStandbyIsPrimaryAtTheNextPollOnANewTimelineWithEveryRowWrittenBeforeThePromotion() throws Exception {
        for (int i = 0; i < 50; i++) {
            servers.onPrimary("INSERT INTO heartbeat DEFAULT VALUES");
        }
        String written = servers.query(servers.pair.primaryPort(), "SELECT count(*) || '/' || max(id) FROM heartbeat");
        await("the standby to replay the rows").atMost(Duration.ofSeconds(30)).ignoreExceptions()
                .until(() -> servers.queryStandby("SELECT count(*) || '/' || max(id) FROM heartbeat"), written::equals);
        assertThat(probe.observe(servers.standby()).role()).isEqualTo(ReplicationRole.REPLICA);

        ActionResult result = promote.execute(Requests.of("database.promote", servers.standby(), Map.of()));
        Observation next = probe.observe(servers.standby());

        assertThat(result.succeeded()).as(result.detail()).isTrue();
        assertThat(result.outputs()).containsEntry("promoted", "true").containsEntry("timeline", "2").doesNotContainValue(PostgresServers.PASSWORD);
        assertThat(next.role()).isEqualTo(ReplicationRole.PRIMARY);
        assertThat(next.attributes()).containsEntry("timeline", "2").containsEntry("state", "accepting writes");
        assertThat(servers.queryStandby("SELECT count(*) || '/' || max(id) FROM heartbeat")).isEqualTo(written);
        servers.query(servers.pair.standbyPort(), "INSERT INTO heartbeat DEFAULT VALUES RETURNING id");

        ActionResult again = promote.execute(Requests.of("database.promote", servers.standby(), Map.of()));
        assertThat(again.succeeded()).isTrue();
        assertThat(again.detail()).contains("already a primary");
        assertThat(again.outputs()).containsEntry("promoted", "false");
    }

    @Test
    void thePreviewNamesPgPromoteAndTheServerWithoutConnecting() {
        ActionPreview preview = promote.preview(Requests.of("database.promote",
                PostgresServers.resource("far", 5432, Map.of("host", "db.example.com")), Map.of()));

        assertThat(preview.call()).contains("host=db.example.com port=5432 dbname=warroom user=warroom", "pg_promote(wait => true");
        assertThat(preview.changes()).anySatisfy(c -> assertThat(c).contains("cannot be undone"));
        assertThat(preview.reach()).isEqualTo(Reach.LIVE);
        assertThat(promote.reach(Requests.of("database.promote", servers.standby(), Map.of()))).isEqualTo(Reach.DRILL_ENVIRONMENT);
    }
}

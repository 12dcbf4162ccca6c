package dev.warroom.connectors.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.warroom.connectors.ConnectorSettings;
import dev.warroom.connectors.lab.FreePorts;
import dev.warroom.connectors.lab.SilentServer;
import dev.warroom.core.world.Health;
import dev.warroom.core.world.Observation;
import dev.warroom.core.world.Probe;
import dev.warroom.core.world.ProbeException;
import dev.warroom.core.world.ProbeFailure;
import dev.warroom.core.world.ReplicationRole;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The postgres probe against a real primary and streaming standby: roles, lag (idle and under writes), timeline and failures. */
class PostgresProbeTest {

    @TempDir
    static Path dir;

    static PostgresServers servers;
    static Probe probe;

    @BeforeAll
    static void startServers() {
        servers = PostgresServers.start(dir);
        probe = new PostgresConnector(PostgresServers.settings()).probes().get("postgres");
    }

    @AfterAll
    static void stopServers() {
        if (servers != null) {
            servers.close();
        }
    }

    @Test
    void primaryReportsItsRoleTimelineAndStreamingStandby() throws Exception {
        Observation primary = probe.observe(servers.primary());

        assertThat(primary.role()).isEqualTo(ReplicationRole.PRIMARY);
        assertThat(primary.health()).isEqualTo(Health.UP);
        assertThat(primary.attributes()).containsEntry("role", "primary").containsEntry("timeline", "1")
                .containsEntry("state", "accepting writes");
        assertThat(primary.attribute("standbys").orElseThrow()).contains("pg-standby@127.0.0.1 streaming");
    }

    @Test
    void standbyReportsReplicaWithItsLinkUp() throws Exception {
        Observation standby = probe.observe(servers.standby());

        assertThat(standby.role()).isEqualTo(ReplicationRole.REPLICA);
        assertThat(standby.health()).isEqualTo(Health.UP);
        assertThat(standby.attributes()).containsEntry("role", "replica").containsEntry("link", "up").containsEntry("timeline", "1")
                .containsEntry("source", "127.0.0.1:" + servers.pair.primaryPort());
        assertThat(standby.lag()).isPresent();
    }

    @Test
    void anIdleStandbyIsNotBehindAlthoughItsLastReplayedTransactionIsOld() throws Exception {
        servers.onPrimary("INSERT INTO heartbeat DEFAULT VALUES");
        await("the standby to replay everything and its last replayed commit to be over a second old").atMost(Duration.ofSeconds(30)).ignoreExceptions()
                .until(() -> servers.queryStandby("SELECT pg_last_wal_replay_lsn() >= pg_last_wal_receive_lsn()"
                        + " AND now() - pg_last_xact_replay_timestamp() > interval '1 second'"), "t"::equals);

        Observation standby = probe.observe(servers.standby());

        assertThat(standby.lag()).contains(Duration.ZERO);
        assertThat(standby.attributes()).containsEntry("lag", "0.0s");
    }

    @Test
    void aStandbyThatFallsBehindUnderWritesReportsTheAgeOfWhatItLastReplayedThenCatchesUp() throws Exception {
        servers.onPrimary("INSERT INTO heartbeat DEFAULT VALUES");
        String rows = servers.query(servers.pair.primaryPort(), "SELECT count(*) FROM heartbeat");
        await("the standby to replay the first row").atMost(Duration.ofSeconds(30)).ignoreExceptions()
                .until(() -> servers.queryStandby("SELECT count(*) FROM heartbeat"), rows::equals);
        servers.queryStandby("SELECT pg_wal_replay_pause()");
        AtomicBoolean writing = new AtomicBoolean(true);
        Thread writer = new Thread(() -> {
            while (writing.get()) {
                try {
                    servers.onPrimary("INSERT INTO heartbeat DEFAULT VALUES");
                    Thread.sleep(20);
                } catch (Exception e) {
                    return;
                }
            }
        });
        writer.start();
        try {
            await("received WAL to wait unreplayed for over 200 ms").atMost(Duration.ofSeconds(30)).ignoreExceptions()
                    .until(() -> servers.queryStandby("SELECT pg_last_wal_receive_lsn() > pg_last_wal_replay_lsn()"
                            + " AND now() - pg_last_xact_replay_timestamp() > interval '200 milliseconds'"), "t"::equals);

            Observation behind = probe.observe(servers.standby());

            assertThat(behind.lag()).hasValueSatisfying(lag -> assertThat(lag).isGreaterThanOrEqualTo(Duration.ofMillis(200)));
            assertThat(behind.attributes()).containsEntry("state", "in recovery, replay paused").containsEntry("link", "up");
        } finally {
            writing.set(false);
            writer.join();
            servers.queryStandby("SELECT pg_wal_replay_resume()");
        }
        Observation caughtUp = await("the standby to catch up").atMost(Duration.ofSeconds(30)).ignoreExceptions()
                .until(() -> probe.observe(servers.standby()), o -> o.lag().equals(Optional.of(Duration.ZERO)));
        assertThat(caughtUp.attributes()).containsEntry("state", "in recovery (read-only)");
        assertThat(servers.queryStandby("SELECT count(*) FROM heartbeat"))
                .isEqualTo(servers.query(servers.pair.primaryPort(), "SELECT count(*) FROM heartbeat"));
    }

    @Test
    void aWrongPasswordIsAnAuthenticationFailureThatDoesNotRepeatThePassword() {
        Probe withWrongPassword = new PostgresConnector(ConnectorSettings.of(Map.of(PostgresServers.PASSWORD_ENV, "not-the-password")))
                .probes().get("postgres");

        assertThatThrownBy(() -> withWrongPassword.observe(servers.primary()))
                .isInstanceOfSatisfying(ProbeException.class, e -> assertThat(e.failure()).isEqualTo(ProbeFailure.AUTH_FAILED))
                .hasMessageContaining("password authentication failed for user \"warroom\"")
                .hasMessageNotContaining("not-the-password");
    }

    @Test
    void anUnsetPasswordVariableIsAnAuthenticationFailureNamingTheVariable() {
        Probe withoutPassword = new PostgresConnector(ConnectorSettings.of(Map.of())).probes().get("postgres");

        assertThatThrownBy(() -> withoutPassword.observe(servers.primary()))
                .isInstanceOfSatisfying(ProbeException.class, e -> assertThat(e.failure()).isEqualTo(ProbeFailure.AUTH_FAILED))
                .hasMessageContaining(PostgresServers.PASSWORD_ENV + " is not set");
    }

    @Test
    void aRefusedConnectionIsUnreachable() {
        int closed = FreePorts.closed();

        assertThatThrownBy(() -> probe.observe(PostgresServers.resource("gone", closed, Map.of())))
                .isInstanceOfSatisfying(ProbeException.class, e -> assertThat(e.failure()).isEqualTo(ProbeFailure.UNREACHABLE))
                .hasMessageContaining("127.0.0.1:" + closed);
    }

    @Test
    void aServerThatAcceptsButNeverAnswersTimesOut() throws Exception {
        try (SilentServer silent = new SilentServer()) {
            assertThatThrownBy(() -> probe.observe(PostgresServers.resource("hung", silent.port(), Map.of())))
                    .isInstanceOfSatisfying(ProbeException.class, e -> assertThat(e.failure()).isEqualTo(ProbeFailure.TIMEOUT));
        }
    }

    @Test
    void anUnknownDatabaseIsAnErrorInTheServersWords() {
        assertThatThrownBy(() -> probe.observe(PostgresServers.resource("nodb", servers.pair.primaryPort(), Map.of("database", "nope"))))
                .isInstanceOfSatisfying(ProbeException.class, e -> assertThat(e.failure()).isEqualTo(ProbeFailure.ERROR))
                .hasMessageContaining("database \"nope\" does not exist");
    }
}

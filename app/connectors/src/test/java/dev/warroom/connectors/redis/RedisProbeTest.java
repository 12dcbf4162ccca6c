package dev.warroom.connectors.redis;

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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import redis.clients.jedis.Jedis;

/** The redis probe against a real master and replica: roles, link, offset lag, and failures. */
class RedisProbeTest {

    @TempDir
    static Path dir;

    static RedisServers servers;
    static Probe probe;

    @BeforeAll
    static void startServers() {
        servers = RedisServers.start(dir);
        probe = new RedisConnector(ConnectorSettings.of(Map.of())).probes().get("redis");
    }

    @AfterAll
    static void stopServers() {
        if (servers != null) {
            servers.close();
        }
    }

    @Test
    void theMasterReportsPrimaryAndItsOnlineReplica() throws Exception {
        String replica = "replica 127.0.0.1:" + servers.pair.replicaPort();
        // a replica that has just linked is still in wait_bgsave until its first full sync is done
        Observation master = await("the replica's first sync").atMost(Duration.ofSeconds(30)).ignoreExceptions()
                .until(() -> probe.observe(servers.master()), o -> o.attribute(replica).orElse("").startsWith("online"));

        assertThat(master.role()).isEqualTo(ReplicationRole.PRIMARY);
        assertThat(master.attributes()).containsEntry("role", "primary").containsEntry("connected replicas", "1");
        assertThat(master.attribute(replica).orElseThrow()).startsWith("online");
    }

    @Test
    void theReplicaReportsItsLinkAndNoLagOnceItHasEverything() throws Exception {
        try (Jedis master = servers.client(servers.pair.masterPort())) {
            master.set("before", "1");
        }
        Observation replica = await("the replica to have everything").atMost(Duration.ofSeconds(30)).ignoreExceptions()
                .until(() -> probe.observe(servers.replica()), o -> o.lag().equals(Optional.of(Duration.ZERO)));

        assertThat(replica.role()).isEqualTo(ReplicationRole.REPLICA);
        assertThat(replica.health()).isEqualTo(Health.UP);
        assertThat(replica.attributes()).containsEntry("role", "replica").containsEntry("link", "up").containsEntry("offset lag", "0 bytes")
                .containsEntry("master", "127.0.0.1:" + servers.pair.masterPort()).containsEntry("lag", "0s");
    }

    @Test
    void underWritesTheReplicaShowsTheOffsetItIsBehindThenCatchesUp() throws Exception {
        AtomicBoolean writing = new AtomicBoolean(true);
        Thread writer = new Thread(() -> {
            try (Jedis master = servers.client(servers.pair.masterPort())) {
                for (long i = 0; writing.get(); i++) {
                    master.set("k" + (i % 1000), "v".repeat(200));
                }
            }
        });
        writer.start();
        try {
            Observation behind = await("the probe to see the replica behind the master").atMost(Duration.ofSeconds(30)).ignoreExceptions()
                    .until(() -> probe.observe(servers.replica()), o -> !o.attribute("offset lag").orElse("0 bytes").equals("0 bytes"));

            assertThat(behind.attribute("offset lag").orElseThrow()).matches("[1-9][0-9]* bytes");
            assertThat(behind.attributes()).containsEntry("link", "up");
            assertThat(behind.lag()).isPresent();
        } finally {
            writing.set(false);
            writer.join();
        }
        Observation caughtUp = await("the replica to catch up").atMost(Duration.ofSeconds(30)).ignoreExceptions()
                .until(() -> probe.observe(servers.replica()), o -> o.attribute("offset lag").orElse("").equals("0 bytes"));
        assertThat(caughtUp.lag()).contains(Duration.ZERO);
    }

    @Test
    void aRefusedConnectionIsUnreachable() {
        int closed = FreePorts.closed();

        assertThatThrownBy(() -> probe.observe(RedisServers.resource("gone", closed, Map.of())))
                .isInstanceOfSatisfying(ProbeException.class, e -> assertThat(e.failure()).isEqualTo(ProbeFailure.UNREACHABLE))
                .hasMessageContaining("127.0.0.1:" + closed);
    }

    @Test
    void aServerThatAcceptsButNeverAnswersTimesOut() throws Exception {
        try (SilentServer silent = new SilentServer()) {
            assertThatThrownBy(() -> probe.observe(RedisServers.resource("hung", silent.port(), Map.of())))
                    .isInstanceOfSatisfying(ProbeException.class, e -> assertThat(e.failure()).isEqualTo(ProbeFailure.TIMEOUT));
        }
    }

    @Test
    void aWrongOrMissingPasswordIsAnAuthenticationFailure() throws Exception {
        int port = FreePorts.closed();
        Process guarded = new ProcessBuilder(List.of(servers.redisServer().toString(), "--port", Integer.toString(port), "--bind", "127.0.0.1",
                "--save", "", "--requirepass", "right-password")).redirectErrorStream(true).redirectOutput(dir.resolve("guarded.log").toFile()).start();
        try {
            await("the password-protected server to listen").atMost(Duration.ofSeconds(30)).ignoreExceptions().until(() -> {
                try (Jedis j = servers.client(port)) {
                    j.auth("right-password");
                    return true;
                } catch (RuntimeException e) {
                    return false;
                }
            });
            var resource = RedisServers.resource("guarded", port, Map.of("passwordEnv", "TEST_REDIS_PASSWORD"));
            Probe wrong = new RedisConnector(ConnectorSettings.of(Map.of("TEST_REDIS_PASSWORD", "wrong-password"))).probes().get("redis");
            Probe right = new RedisConnector(ConnectorSettings.of(Map.of("TEST_REDIS_PASSWORD", "right-password"))).probes().get("redis");
            var none = RedisServers.resource("guarded", port, Map.of());

            assertThatThrownBy(() -> wrong.observe(resource))
                    .isInstanceOfSatisfying(ProbeException.class, e -> assertThat(e.failure()).isEqualTo(ProbeFailure.AUTH_FAILED))
                    .hasMessageNotContaining("wrong-password");
            assertThatThrownBy(() -> probe.observe(none))
                    .isInstanceOfSatisfying(ProbeException.class, e -> assertThat(e.failure()).isEqualTo(ProbeFailure.AUTH_FAILED))
                    .hasMessageContaining("NOAUTH");
            assertThatThrownBy(() -> probe.observe(resource))
                    .isInstanceOfSatisfying(ProbeException.class, e -> assertThat(e.failure()).isEqualTo(ProbeFailure.AUTH_FAILED))
                    .hasMessageContaining("TEST_REDIS_PASSWORD is not set");
            assertThat(right.observe(resource).role()).isEqualTo(ReplicationRole.PRIMARY);
        } finally {
            guarded.destroyForcibly().waitFor();
        }
    }
}

package dev.warroom.connectors.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.warroom.connectors.ActionKey;
import dev.warroom.connectors.ConnectorSettings;
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
import redis.clients.jedis.Jedis;

/** cache.promote on a real Redis replica: REPLICAOF NO ONE, seen by the next poll, with the data it had. */
class RedisPromotionTest {

    @TempDir
    static Path dir;

    static RedisServers servers;
    static Probe probe;
    static ActionExecutor promote;

    @BeforeAll
    static void startServers() {
        servers = RedisServers.start(dir);
        RedisConnector connector = new RedisConnector(ConnectorSettings.of(Map.of()));
        probe = connector.probes().get("redis");
        promote = connector.executors().get(ActionKey.of("cache.promote", "redis"));
    }

    @AfterAll
    static void stopServers() {
        if (servers != null) {
            servers.close();
        }
    }

    @Test
    void theReplicaBecomesAWritableMasterWithTheDataItHadAtTheNextPoll() throws Exception {
        try (Jedis master = servers.client(servers.pair.masterPort())) {
            for (int i = 0; i < 20; i++) {
                master.incr("heartbeats");
            }
        }
        await("the replica to have every heartbeat").atMost(Duration.ofSeconds(30)).ignoreExceptions().until(() -> {
            try (Jedis replica = servers.client(servers.pair.replicaPort())) {
                return replica.get("heartbeats");
            }
        }, "20"::equals);

        ActionResult result = promote.execute(RedisServers.promote(servers.replica()));
        Observation next = probe.observe(servers.replica());

        assertThat(result.succeeded()).as(result.detail()).isTrue();
        assertThat(result.outputs()).containsEntry("role", "master").containsEntry("previousMaster", "127.0.0.1:" + servers.pair.masterPort());
        assertThat(next.role()).isEqualTo(ReplicationRole.PRIMARY);
        try (Jedis promoted = servers.client(servers.pair.replicaPort())) {
            assertThat(promoted.get("heartbeats")).isEqualTo("20");
            assertThat(promoted.incr("heartbeats")).isEqualTo(21);
        }
        await("the old master to see its replica gone").atMost(Duration.ofSeconds(30)).ignoreExceptions()
                .until(() -> probe.observe(servers.master()), o -> o.attribute("connected replicas").orElse("").equals("0"));

        ActionResult again = promote.execute(RedisServers.promote(servers.replica()));
        assertThat(again.succeeded()).isTrue();
        assertThat(again.detail()).contains("already a master");
    }

    @Test
    void thePreviewNamesReplicaofNoOneWithoutConnecting() {
        ActionPreview preview = promote.preview(RedisServers.promote(RedisServers.resource("far", 6379, Map.of("host", "cache.example.com"))));

        assertThat(preview.call()).isEqualTo("redis-cli -h cache.example.com -p 6379 REPLICAOF NO ONE");
        assertThat(preview.reach()).isEqualTo(Reach.LIVE);
        assertThat(promote.reach(RedisServers.promote(servers.replica()))).isEqualTo(Reach.DRILL_ENVIRONMENT);
    }
}

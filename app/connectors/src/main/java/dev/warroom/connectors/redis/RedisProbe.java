package dev.warroom.connectors.redis;

import dev.warroom.core.plan.model.Resource;
import dev.warroom.core.time.DurationText;
import dev.warroom.core.world.ConnectCheck;
import dev.warroom.core.world.Health;
import dev.warroom.core.world.Observation;
import dev.warroom.core.world.Probe;
import dev.warroom.core.world.ProbeException;
import dev.warroom.core.world.ProbeFailure;
import dev.warroom.core.world.ReplicationRole;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.exceptions.JedisException;

/**
 * Observes a self-managed Redis server through {@code INFO replication}. A replica reports its link
 * to the master and, when the link is up, how far it is behind as the master sees it: the replication
 * offset gap in bytes and the master's own lag figure in seconds (zero when the offsets match).
 */
final class RedisProbe implements Probe {

    /** The replica's master is asked only briefly: the probe must stay inside the board's timeout. */
    private static final Duration MASTER_CONNECT = Duration.ofMillis(1000);
    private static final Duration MASTER_READ = Duration.ofMillis(1000);

    private final RedisClients clients;

    RedisProbe(RedisClients clients) {
        this.clients = clients;
    }

    @Override
    public Observation observe(Resource resource) throws ProbeException {
        return observe(resource, ConnectCheck.ANY);
    }

    /** The replica's master is read only where {@code check} allows it: in DRILL, inside the drill environment. */
    @Override
    public Observation observe(Resource resource, ConnectCheck check) throws ProbeException {
        RedisTarget target;
        try {
            target = RedisTarget.of(resource);
        } catch (IllegalArgumentException e) {
            throw new ProbeException(ProbeFailure.ERROR, e.getMessage());
        }
        ReplicationInfo info;
        try (Jedis jedis = clients.open(target, RedisClients.PROBE_CONNECT, RedisClients.PROBE_READ)) {
            info = ReplicationInfo.parse(jedis.info("replication"));
        } catch (JedisException e) {
            throw RedisFailures.classify(target, e);
        }
        return info.isMaster() ? master(resource, info) : replica(resource, target, info, check);
    }

    private static Observation master(Resource resource, ReplicationInfo info) {
        Map<String, String> words = new LinkedHashMap<>();
        words.put("role", "primary");
        long offset = info.number("master_repl_offset");
        words.put("offset", Long.toString(offset));
        List<ReplicationInfo.Replica> replicas = info.replicas();
        words.put("connected replicas", Integer.toString(replicas.size()));
        for (ReplicationInfo.Replica r : replicas) {
            words.put("replica " + r.address(), r.state() + ", " + Math.max(0, offset - r.offset()) + " bytes behind, lag " + r.lagSeconds() + "s");
        }
        return new Observation(resource.id(), Health.UP, ReplicationRole.PRIMARY, Optional.empty(), words, Instant.now());
    }

    private Observation replica(Resource resource, RedisTarget target, ReplicationInfo info, ConnectCheck check) {
        Map<String, String> words = new LinkedHashMap<>();
        words.put("role", "replica");
        String masterHost = info.get("master_host").orElse("?");
        int masterPort = (int) info.number("master_port");
        boolean linked = "up".equals(info.get("master_link_status").orElse(""));
        long offset = info.number("slave_repl_offset");
        words.put("master", masterHost + ":" + masterPort);
        words.put("link", linked ? "up" : linkDown(info));
        words.put("offset", Long.toString(offset));
        Optional<Duration> lag = Optional.empty();
        if (linked && !check.allows(masterHost, masterPort)) {
            words.put("master read", "no: " + masterHost + ":" + masterPort + " is outside the drill environment");
        } else if (linked) {
            Optional<MasterView> seen = masterView(target.master(masterHost, masterPort), target.port());
            if (seen.isPresent()) {
                long gap = Math.max(0, seen.get().offset() - offset);
                lag = Optional.of(gap == 0 ? Duration.ZERO : Duration.ofSeconds(Math.max(0, seen.get().lagSeconds())));
                words.put("offset lag", gap + " bytes");
            }
        }
        words.put("lag", lag.map(DurationText::format).orElse("unknown"));
        return new Observation(resource.id(), linked ? Health.UP : Health.DEGRADED, ReplicationRole.REPLICA, lag, words, Instant.now());
    }

    private static String linkDown(ReplicationInfo info) {
        if ("1".equals(info.get("master_sync_in_progress").orElse("0"))) {
            return "syncing";
        }
        long since = info.number("master_link_down_since_seconds");
        return since >= 0 ? "down (for " + DurationText.format(Duration.ofSeconds(since)) + ")" : "down";
    }

    private record MasterView(long offset, long lagSeconds) {
    }

    /** The master's offset and its lag figure for the replica listening on {@code replicaPort}; empty if the master cannot say. */
    private Optional<MasterView> masterView(RedisTarget master, int replicaPort) {
        try (Jedis jedis = clients.open(master, MASTER_CONNECT, MASTER_READ)) {
            ReplicationInfo info = ReplicationInfo.parse(jedis.info("replication"));
            return info.replicas().stream().filter(r -> r.port() == replicaPort).findFirst()
                    .map(r -> new MasterView(info.number("master_repl_offset"), r.lagSeconds()));
        } catch (ProbeException | JedisException e) {
            return Optional.empty();
        }
    }
}

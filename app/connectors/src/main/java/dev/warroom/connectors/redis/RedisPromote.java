package dev.warroom.connectors.redis;

import dev.warroom.core.world.ActionExecutor;
import dev.warroom.core.world.ActionPreview;
import dev.warroom.core.world.ActionRequest;
import dev.warroom.core.world.ActionResult;
import dev.warroom.core.world.ProbeException;
import dev.warroom.core.world.Reach;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.exceptions.JedisException;

/** cache.promote on a self-managed Redis replica: {@code REPLICAOF NO ONE}; a server that is already a master is left alone. */
final class RedisPromote implements ActionExecutor {

    private final RedisClients clients;

    RedisPromote(RedisClients clients) {
        this.clients = clients;
    }

    @Override
    public Reach reach(ActionRequest request) {
        return request.target().map(RedisTarget::reachOf).orElse(Reach.LIVE);
    }

    @Override
    public ActionPreview preview(ActionRequest request) {
        RedisTarget target = RedisTarget.of(request.target().orElseThrow());
        return new ActionPreview("Promote the Redis replica " + target.where() + " to a master that takes writes",
                target.redisCli() + " REPLICAOF NO ONE",
                List.of(target.where() + " stops replicating and accepts writes, keeping the data it has",
                        "writes still reaching the old master are not copied to it"),
                target.reach());
    }

    @Override
    public ActionResult execute(ActionRequest request) {
        if (request.target().isEmpty()) {
            return ActionResult.failed("cache.promote needs a target Redis server");
        }
        RedisTarget target;
        try {
            target = RedisTarget.of(request.target().get());
        } catch (IllegalArgumentException e) {
            return ActionResult.failed(e.getMessage());
        }
        Duration read = request.timeout() == null || request.timeout().isZero() || request.timeout().isNegative()
                ? Duration.ofSeconds(30) : request.timeout();
        try (Jedis jedis = clients.open(target, Duration.ofSeconds(5), read)) {
            ReplicationInfo before = ReplicationInfo.parse(jedis.info("replication"));
            if (before.isMaster()) {
                return ActionResult.ok(target.where() + " is already a master; nothing was changed", Map.of("role", "master"));
            }
            String previous = before.get("master_host").orElse("?") + ":" + before.get("master_port").orElse("?");
            jedis.replicaofNoOne();
            ReplicationInfo after = ReplicationInfo.parse(jedis.info("replication"));
            if (!after.isMaster()) {
                return ActionResult.failed(target.where() + " still reports role " + after.get("role").orElse("unknown")
                        + " after REPLICAOF NO ONE");
            }
            return ActionResult.ok("promoted " + target.where() + ": it no longer replicates from " + previous + " and takes writes",
                    Map.of("role", "master", "previousMaster", previous, "offset", Long.toString(after.number("master_repl_offset"))));
        } catch (ProbeException e) {
            return ActionResult.failed("could not promote: " + e.getMessage());
        } catch (JedisException e) {
            return ActionResult.failed("could not promote: " + RedisFailures.classify(target, e).getMessage());
        }
    }
}

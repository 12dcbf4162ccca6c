package dev.warroom.connectors.redis;

import dev.warroom.connectors.lab.FreePorts;
import dev.warroom.connectors.lab.RedisPair;
import dev.warroom.core.plan.model.Resource;
import dev.warroom.core.world.ActionRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import redis.clients.jedis.Jedis;

/** A real Redis master and replica for one test class, and the plan resources that point at them. */
final class RedisServers implements AutoCloseable {

    final RedisPair pair;
    final Path dir;

    private RedisServers(RedisPair pair, Path dir) {
        this.pair = pair;
        this.dir = dir;
    }

    static RedisServers start(Path dir) {
        int port = FreePorts.pair();
        RedisPair pair = RedisPair.start(dir.resolve("redis"), port, port + 1, line -> { });
        // @AfterAll stops it; this covers a test JVM that is told to exit before that
        Runtime.getRuntime().addShutdownHook(new Thread(pair::close));
        return new RedisServers(pair, dir.resolve("redis"));
    }

    Resource master() {
        return resource("cache-master", pair.masterPort(), Map.of());
    }

    Resource replica() {
        return resource("cache-replica", pair.replicaPort(), Map.of());
    }

    static Resource resource(String id, int port, Map<String, String> overrides) {
        Map<String, String> observe = new HashMap<>(Map.of("host", "127.0.0.1", "port", Integer.toString(port)));
        observe.putAll(overrides);
        return new Resource(id, "redis", id, null, null, null, observe, Map.of());
    }

    static ActionRequest promote(Resource target) {
        return new ActionRequest("cache.promote", Optional.of(target), Optional.empty(), Map.of(), Duration.ofSeconds(30));
    }

    Jedis client(int port) {
        return new Jedis("127.0.0.1", port, 5000);
    }

    /** The redis-server binary the pair runs, for starting a server of a test's own. */
    Path redisServer() {
        return dir.resolve("bin").resolve("redis-server");
    }

    @Override
    public void close() {
        pair.destroy();
    }
}

package dev.warroom.connectors.redis;

import dev.warroom.connectors.ConnectorSettings;
import dev.warroom.connectors.ObservedPort;
import dev.warroom.connectors.Reaches;
import dev.warroom.core.plan.model.Resource;
import dev.warroom.core.world.Reach;
import java.util.Optional;

/** Where a self-managed Redis server is, from a resource's {@code observe} keys (host, port, passwordEnv). */
record RedisTarget(String host, int port, String passwordEnv) {

    static final int DEFAULT_PORT = 6379;

    static RedisTarget of(Resource resource) {
        String host = resource.observe().getOrDefault("host", "").strip();
        if (host.isEmpty()) {
            throw new IllegalArgumentException("resource '" + resource.id() + "' has no observe.host");
        }
        return new RedisTarget(host, ObservedPort.of(resource, DEFAULT_PORT), resource.observe().get("passwordEnv"));
    }

    /** The server a replica names as its master, reached with the replica's own password. */
    RedisTarget master(String masterHost, int masterPort) {
        return new RedisTarget(masterHost, masterPort, passwordEnv);
    }

    boolean needsPassword() {
        return passwordEnv != null && !passwordEnv.isBlank();
    }

    Optional<String> password(ConnectorSettings settings) {
        return needsPassword() ? settings.get(passwordEnv.strip()) : Optional.empty();
    }

    Reach reach() {
        return Reaches.forHost(host);
    }

    static Reach reachOf(Resource resource) {
        try {
            return of(resource).reach();
        } catch (IllegalArgumentException e) {
            return Reach.LIVE;
        }
    }

    String where() {
        return host + ":" + port;
    }

    String redisCli() {
        return "redis-cli -h " + host + " -p " + port + (needsPassword() ? " --askpass" : "");
    }
}

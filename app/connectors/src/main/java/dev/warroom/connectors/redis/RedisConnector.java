package dev.warroom.connectors.redis;

import dev.warroom.connectors.ActionKey;
import dev.warroom.connectors.Connector;
import dev.warroom.connectors.ConnectorSettings;
import dev.warroom.core.plan.model.Resource;
import dev.warroom.core.world.ActionExecutor;
import dev.warroom.core.world.Footprint;
import dev.warroom.core.world.Probe;
import java.util.Map;
import java.util.Set;

/** Self-managed Redis over its own protocol (Jedis): the {@code redis} probe and cache.promote on it. */
public final class RedisConnector implements Connector {

    public static final String KIND = "redis";

    private final RedisClients clients;

    public RedisConnector(ConnectorSettings settings) {
        this.clients = new RedisClients(settings);
    }

    @Override
    public Footprint footprint(Resource resource) {
        return RedisFootprint.of(resource);
    }

    @Override
    public String name() {
        return "redis";
    }

    @Override
    public String identity() {
        return "the default Redis user, with the password from the variable each plan's observe.passwordEnv names (none if unset)";
    }

    @Override
    public Map<String, Probe> probes() {
        return Map.of(KIND, new RedisProbe(clients));
    }

    @Override
    public Map<ActionKey, ActionExecutor> executors() {
        return Map.of(ActionKey.of("cache.promote", KIND), new RedisPromote(clients));
    }

    @Override
    public Map<ActionKey, Set<String>> paramsRead() {
        return Map.of(ActionKey.of("cache.promote", KIND), Set.of());
    }
}

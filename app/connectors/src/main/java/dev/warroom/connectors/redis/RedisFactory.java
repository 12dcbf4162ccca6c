package dev.warroom.connectors.redis;

import dev.warroom.connectors.Connector;
import dev.warroom.connectors.ConnectorFactory;
import dev.warroom.connectors.ConnectorSettings;

/** Registers the self-managed Redis connector with {@link dev.warroom.connectors.world.Connectors}. */
public final class RedisFactory implements ConnectorFactory {

    @Override
    public Connector create(ConnectorSettings settings) {
        return new RedisConnector(settings);
    }
}

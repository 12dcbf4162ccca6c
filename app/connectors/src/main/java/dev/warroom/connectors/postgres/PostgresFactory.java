package dev.warroom.connectors.postgres;

import dev.warroom.connectors.Connector;
import dev.warroom.connectors.ConnectorFactory;
import dev.warroom.connectors.ConnectorSettings;

/** Registers the self-managed PostgreSQL connector with {@link dev.warroom.connectors.world.Connectors}. */
public final class PostgresFactory implements ConnectorFactory {

    @Override
    public Connector create(ConnectorSettings settings) {
        return new PostgresConnector(settings);
    }
}

package dev.warroom.connectors;

/**
 * Builds one connector family. Each family registers its factory in
 * {@code META-INF/services/dev.warroom.connectors.ConnectorFactory}; {@link dev.warroom.connectors.world.Connectors#standard}
 * loads them all, so families stay independent of each other.
 */
public interface ConnectorFactory {

    Connector create(ConnectorSettings settings);
}

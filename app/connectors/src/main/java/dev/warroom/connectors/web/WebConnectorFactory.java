package dev.warroom.connectors.web;

import dev.warroom.connectors.Connector;
import dev.warroom.connectors.ConnectorFactory;
import dev.warroom.connectors.ConnectorSettings;

/** Registers the web family (HTTP, DNS, chat webhooks, shell, wait) with {@link dev.warroom.connectors.world.Connectors}. */
public final class WebConnectorFactory implements ConnectorFactory {

    @Override
    public Connector create(ConnectorSettings settings) {
        return new WebConnector(settings);
    }
}

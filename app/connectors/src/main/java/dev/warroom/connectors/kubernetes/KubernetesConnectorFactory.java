package dev.warroom.connectors.kubernetes;

import dev.warroom.connectors.Connector;
import dev.warroom.connectors.ConnectorFactory;
import dev.warroom.connectors.ConnectorSettings;

/** Registers the Kubernetes family with {@link dev.warroom.connectors.world.Connectors#standard}. */
public final class KubernetesConnectorFactory implements ConnectorFactory {

    @Override
    public Connector create(ConnectorSettings settings) {
        return new KubernetesConnector(settings);
    }
}

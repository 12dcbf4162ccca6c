package dev.warroom.connectors.azure;

import dev.warroom.connectors.Connector;
import dev.warroom.connectors.ConnectorFactory;
import dev.warroom.connectors.ConnectorSettings;

/** The Azure family, signed in through DefaultAzureCredential (az login, managed identity, environment). */
public final class AzureConnectorFactory implements ConnectorFactory {

    @Override
    public Connector create(ConnectorSettings settings) {
        return new AzureConnector(AzureOptions.fromSettings(settings));
    }
}

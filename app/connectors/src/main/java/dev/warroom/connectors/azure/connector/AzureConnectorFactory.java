package dev.warroom.connectors.azure.connector;

import dev.warroom.connectors.Connector;
import dev.warroom.connectors.ConnectorFactory;
import dev.warroom.connectors.ConnectorSettings;
import dev.warroom.connectors.azure.AzureOptions;

/** The Azure family, signed in through DefaultAzureCredential (az login, managed identity, environment). */
public final class AzureConnectorFactory implements ConnectorFactory {

    @Override
    public Connector create(ConnectorSettings settings) {
        return new AzureConnector(AzureOptions.fromSettings(settings), settings);
    }
}

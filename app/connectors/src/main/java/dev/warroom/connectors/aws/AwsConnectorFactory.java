package dev.warroom.connectors.aws;

import dev.warroom.connectors.Connector;
import dev.warroom.connectors.ConnectorFactory;
import dev.warroom.connectors.ConnectorSettings;
import java.time.Clock;

/** Registers the AWS family with {@link dev.warroom.connectors.world.Connectors#standard}. */
public final class AwsConnectorFactory implements ConnectorFactory {

    @Override
    public Connector create(ConnectorSettings settings) {
        return new AwsConnector(AwsSettings.from(settings), settings, Clock.systemUTC());
    }
}

package dev.warroom.connectors;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

/** The standard real world: every connector family found on the class path. */
public final class Connectors {

    private Connectors() {
    }

    public static ConnectorWorld standard(ConnectorSettings settings) {
        List<Connector> connectors = new ArrayList<>();
        for (ConnectorFactory factory : ServiceLoader.load(ConnectorFactory.class, Connectors.class.getClassLoader())) {
            connectors.add(factory.create(settings));
        }
        return new ConnectorWorld(connectors);
    }
}

package dev.warroom.connectors.world;

import dev.warroom.connectors.Connector;
import dev.warroom.connectors.ConnectorFactory;
import dev.warroom.connectors.ConnectorSettings;
import dev.warroom.connectors.lab.LabDefaults;
import dev.warroom.connectors.lab.LabFaultInjector;
import dev.warroom.connectors.world.ConnectorWorld;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

/** The standard real world: every connector family found on the class path. */
public final class Connectors {

    private Connectors() {
    }

    /**
     * Every connector family, set up from {@code settings} (filled in from a running local lab where
     * they leave its variables unset), with the lab's fault injector for drills.
     */
    public static ConnectorWorld standard(ConnectorSettings settings) {
        ConnectorSettings filled = LabDefaults.fill(settings);
        List<Connector> connectors = new ArrayList<>();
        for (ConnectorFactory factory : ServiceLoader.load(ConnectorFactory.class, Connectors.class.getClassLoader())) {
            connectors.add(factory.create(filled));
        }
        return new ConnectorWorld(connectors, Optional.of(LabFaultInjector.from(filled)));
    }
}

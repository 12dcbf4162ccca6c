package dev.warroom.connectors.world;

import dev.warroom.connectors.Connector;
import dev.warroom.core.plan.model.Resource;
import dev.warroom.core.world.ConnectCheck;
import dev.warroom.core.world.Footprint;
import dev.warroom.core.world.Observation;
import dev.warroom.core.world.Probe;
import dev.warroom.core.world.ProbeException;

/** A connector's probe, saying what it connects to as its connector reports it. Thread-safe. */
final class ConnectorProbe implements Probe {

    private final Probe probe;
    private final Connector owner;

    ConnectorProbe(Probe probe, Connector owner) {
        this.probe = probe;
        this.owner = owner;
    }

    @Override
    public Observation observe(Resource resource) throws ProbeException {
        return probe.observe(resource);
    }

    @Override
    public Observation observe(Resource resource, ConnectCheck check) throws ProbeException {
        return probe.observe(resource, check);
    }

    @Override
    public Footprint footprint(Resource resource) {
        return owner.footprint(resource);
    }
}

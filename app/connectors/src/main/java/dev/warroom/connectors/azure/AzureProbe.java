package dev.warroom.connectors.azure;

import dev.warroom.core.plan.model.Resource;
import dev.warroom.core.world.Observation;
import dev.warroom.core.world.Probe;
import dev.warroom.core.world.ProbeException;

/** A probe that reads one kind of Azure resource; any failure comes back sorted, in Azure's words. */
public abstract class AzureProbe implements Probe {

    protected final AzureAccess access;

    protected AzureProbe(AzureAccess access) {
        this.access = access;
    }

    @Override
    public final Observation observe(Resource resource) throws ProbeException {
        try {
            return read(resource);
        } catch (RuntimeException e) {
            throw AzureFailures.of(e).asProbeException(e);
        }
    }

    protected abstract Observation read(Resource resource);
}

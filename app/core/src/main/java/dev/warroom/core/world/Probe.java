package dev.warroom.core.world;

import dev.warroom.core.plan.model.Resource;

/**
 * Reads the live state of resources of one kind. Calls may block (network); the state board calls
 * them off the caller's thread with a timeout. Implementations must be thread-safe.
 */
public interface Probe {

    Observation observe(Resource resource) throws ProbeException;

    /**
     * Observes, asking {@code check} before any connection the probe's {@link #footprint} did not name.
     * Probes that never make such a connection need not override it.
     */
    default Observation observe(Resource resource, ConnectCheck check) throws ProbeException {
        return observe(resource);
    }

    /** What observing {@code resource} connects to; a DRILL observes only what lies inside its drill environment. */
    default Footprint footprint(Resource resource) {
        return Footprint.unknown("its probe does not say what it connects to");
    }
}

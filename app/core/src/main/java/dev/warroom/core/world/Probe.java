package dev.warroom.core.world;

import dev.warroom.core.plan.model.Resource;

/**
 * Reads the live state of resources of one kind. Calls may block (network); the state board calls
 * them off the caller's thread with a timeout. Implementations must be thread-safe.
 */
public interface Probe {

    Observation observe(Resource resource) throws ProbeException;
}

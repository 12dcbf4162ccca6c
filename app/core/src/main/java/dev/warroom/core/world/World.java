package dev.warroom.core.world;

import java.util.Optional;

/**
 * Where probes and actions come from, looked up by the plan's resource kind and action kind:
 * the simulated world, or the real connectors.
 */
public interface World {

    /** Short name for the status bar and the journal, e.g. "simulated" or "azure+aws+k8s". */
    String name();

    Optional<Probe> probeFor(String resourceKind);

    Optional<ActionExecutor> executorFor(String actionKind);

    /** How this world brings a drill scenario's faults about, if it can. */
    default Optional<FaultInjector> faultInjector() {
        return Optional.empty();
    }
}

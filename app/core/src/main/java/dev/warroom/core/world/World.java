package dev.warroom.core.world;

import java.time.Instant;
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

    /**
     * The next moment after {@code time} at which this world may change on its own (a scheduled fault
     * starting or ending, an action completing), so that a virtual clock can jump there instead of polling
     * its way through a long wait. Empty when the world cannot say (a real world may change at any moment);
     * {@link Instant#MAX} when nothing more is scheduled.
     */
    default Optional<Instant> nextScheduledChange(Instant time) {
        return Optional.empty();
    }
}

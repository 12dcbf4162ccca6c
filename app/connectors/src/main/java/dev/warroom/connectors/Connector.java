package dev.warroom.connectors;

import dev.warroom.core.plan.model.Resource;
import dev.warroom.core.world.ActionExecutor;
import dev.warroom.core.world.Footprint;
import dev.warroom.core.world.Probe;
import java.util.Map;
import java.util.Set;

/**
 * One family of real connectors (Azure, AWS, Kubernetes, PostgreSQL/Redis, HTTP/DNS/chat): its probes
 * by resource kind and its executors by action kind and target resource kind. Implementations are
 * thread-safe and own their SDK clients.
 */
public interface Connector extends AutoCloseable {

    /** Short name for the status bar and the journal, e.g. "azure". */
    String name();

    /** The identity this connector acts as, in words (e.g. "az login: alice@contoso.com", "AWS profile dr-admin"). */
    String identity();

    Map<String, Probe> probes();

    Map<ActionKey, ActionExecutor> executors();

    /**
     * The params each of {@link #executors()} reads, by the same keys; a param the plan gives that is not listed here
     * is ignored when the action runs. The validator's live catalogue ({@code LiveCapabilities}) is kept equal to it.
     */
    default Map<ActionKey, Set<String>> paramsRead() {
        return Map.of();
    }

    /**
     * What this connector's probe of {@code resource}, and its actions on it, connect to: hosts and
     * ports, or the cloud account they act in. A DRILL judges it against the plan's drill environment.
     */
    default Footprint footprint(Resource resource) {
        return Footprint.unknown("the " + name() + " connector does not say what it connects to");
    }

    /**
     * What its action {@code action} on {@code target} connects to: by default what its probe of the target does, and
     * different for an action that reaches past the cloud's API (sql.check logs in to the database itself).
     */
    default Footprint footprint(ActionKey action, Resource target) {
        return footprint(target);
    }

    @Override
    default void close() {
    }
}

package dev.warroom.core.world;

import java.util.Optional;

/**
 * Performs one kind of action. {@link #execute} starts the change and follows a long-running
 * operation until the provider accepts it or {@code request.timeout()} passes; whether the outcome
 * holds is verified separately by watching state. Implementations must be thread-safe.
 */
public interface ActionExecutor {

    /** What the action would touch; checked by the dispatcher against the incident's mode. */
    Reach reach(ActionRequest request);

    /** Why {@link #reach} answers as it does, in words, when it can say more than the reach itself. */
    default Optional<String> reachWords(ActionRequest request) {
        return Optional.empty();
    }

    /** What the action connects to; a DRILL performs only actions inside its drill environment. */
    default Footprint footprint(ActionRequest request) {
        return Footprint.unknown(request.kind() + " does not say what it connects to");
    }

    ActionPreview preview(ActionRequest request);

    ActionResult execute(ActionRequest request) throws InterruptedException;

    /**
     * Performs the action, asking {@code check} before any connection its {@link #footprint} did not name (e.g. a
     * database endpoint looked up while the action runs). Executors that never make such a connection need not override it.
     */
    default ActionResult execute(ActionRequest request, ConnectCheck check) throws InterruptedException {
        return execute(request);
    }
}

package dev.warroom.core.world;

/**
 * Performs one kind of action. {@link #execute} starts the change and follows a long-running
 * operation until the provider accepts it or {@code request.timeout()} passes; whether the outcome
 * holds is verified separately by watching state. Implementations must be thread-safe.
 */
public interface ActionExecutor {

    /** What the action would touch; checked by the dispatcher against the incident's mode. */
    Reach reach(ActionRequest request);

    ActionPreview preview(ActionRequest request);

    ActionResult execute(ActionRequest request) throws InterruptedException;
}

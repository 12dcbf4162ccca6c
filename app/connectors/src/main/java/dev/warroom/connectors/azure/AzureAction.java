package dev.warroom.connectors.azure;

import dev.warroom.core.plan.model.Resource;
import dev.warroom.core.world.ActionExecutor;
import dev.warroom.core.world.ActionRequest;
import dev.warroom.core.world.ActionResult;
import dev.warroom.core.world.Reach;
import java.time.Instant;

/**
 * An action on an Azure resource. It reaches whatever the connector's Resource Manager endpoint is
 * (loopback: a drill environment); it runs until its step's timeout at most, and a failure comes
 * back as a failed result in Azure's words rather than an exception.
 */
public abstract class AzureAction implements ActionExecutor {

    protected final AzureAccess access;

    protected AzureAction(AzureAccess access) {
        this.access = access;
    }

    @Override
    public Reach reach(ActionRequest request) {
        return access.reach();
    }

    @Override
    public final ActionResult execute(ActionRequest request) throws InterruptedException {
        Instant deadline = Instant.now().plus(request.timeout());
        try {
            return perform(request, target(request), deadline);
        } catch (RuntimeException e) {
            return ActionResult.failed(request.kind() + " on " + request.targetName() + " failed: " + AzureFailures.of(e).words());
        }
    }

    protected abstract ActionResult perform(ActionRequest request, Resource target, Instant deadline) throws InterruptedException;

    protected static Resource target(ActionRequest request) {
        return request.target().orElseThrow(() -> new AzurePlanProblem(request.kind() + " needs a target resource"));
    }
}

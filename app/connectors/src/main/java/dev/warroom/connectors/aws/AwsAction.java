package dev.warroom.connectors.aws;

import dev.warroom.core.plan.model.Resource;
import dev.warroom.core.world.ActionExecutor;
import dev.warroom.core.world.ActionPreview;
import dev.warroom.core.world.ActionRequest;
import dev.warroom.core.world.ActionResult;
import dev.warroom.core.world.ProbeException;
import dev.warroom.core.world.ProbeFailure;
import dev.warroom.core.world.Reach;
import java.util.List;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * An AWS step action: a preview built from the plan and what the probes last saw (no network), and an
 * execution that reports the provider's refusal in its own words instead of throwing. Bad parameters
 * and AWS failures both come back as a failed {@link ActionResult}.
 */
abstract class AwsAction implements ActionExecutor {

    /** A preview before its reach is known. */
    record Draft(String summary, String call, List<String> changes) {
    }

    protected final AwsClients clients;
    private final String kind;

    AwsAction(AwsClients clients, String kind) {
        this.clients = clients;
        this.kind = kind;
    }

    @Override
    public Reach reach(ActionRequest request) {
        return clients.settings().reach();
    }

    @Override
    public final ActionPreview preview(ActionRequest request) {
        try {
            Draft draft = draft(request);
            return new ActionPreview(draft.summary(), draft.call(), draft.changes(), reach(request));
        } catch (ProbeException e) {
            return new ActionPreview("Cannot " + kind + " " + request.targetName() + ": " + e.getMessage(), "(none)", List.of(),
                    reach(request));
        }
    }

    @Override
    public final ActionResult execute(ActionRequest request) throws InterruptedException {
        Deadline deadline = Deadline.after(request.timeout());
        try {
            return perform(request, deadline);
        } catch (ProbeException e) {
            return ActionResult.failed(e.getMessage());
        } catch (SdkException e) {
            if (Thread.interrupted()) {
                throw new InterruptedException(kind + " on " + request.targetName() + " was stopped");
            }
            return ActionResult.failed(kind + " on " + request.targetName() + ": " + AwsWords.firstLine(e.getMessage()));
        }
    }

    protected abstract Draft draft(ActionRequest request) throws ProbeException;

    protected abstract ActionResult perform(ActionRequest request, Deadline deadline) throws ProbeException, InterruptedException;

    protected Resource target(ActionRequest request) throws ProbeException {
        return request.target().orElseThrow(() -> problem(kind + " needs a target resource"));
    }

    protected String requiredParam(ActionRequest request, String name) throws ProbeException {
        String value = request.params().get(name);
        if (value == null || value.isBlank()) {
            throw problem(kind + " on " + request.targetName() + " needs the parameter '" + name + "'");
        }
        return value.strip();
    }

    protected static ProbeException problem(String words) {
        return new ProbeException(ProbeFailure.ERROR, words);
    }
}

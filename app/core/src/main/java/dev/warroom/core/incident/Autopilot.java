package dev.warroom.core.incident;

import dev.warroom.core.plan.model.DecisionNode;
import java.time.Duration;
import java.util.Optional;

/**
 * The {@code --auto} commander: takes each suggested answer (or the first), confirms every step
 * (typing the target name for destructive ones), verifies unknown outcomes, retries a failed step
 * once and then aborts. It cannot look at anything a plan asks a person to check, so such steps are
 * recorded as not verified; and it never overrides a person's "no" (a refused go/no-go, a failed
 * manual check): it aborts. Never allowed in LIVE mode.
 */
public final class Autopilot implements Commander {

    @Override
    public String name() {
        return "autopilot";
    }

    @Override
    public String answer(DecisionNode node, Optional<SuggestedAnswer> suggestion, Optional<Duration> pending) {
        return suggestion.map(SuggestedAnswer::answer).orElse(node.answers().get(0).id());
    }

    @Override
    public Confirmation confirm(StepProposal proposal) {
        return Confirmation.yes(proposal.typedConfirmation().orElse(""));
    }

    @Override
    public Recovery recover(StepProposal proposal) {
        return switch (proposal.status()) {
            case OUTCOME_UNKNOWN -> Recovery.of(Recovery.Choice.VERIFY, "");
            case REFUSED -> Recovery.of(Recovery.Choice.ABORT, "autopilot: the go/no-go '" + proposal.step().id() + "' was refused: "
                    + proposal.detail());
            case FAILED -> checkedByHand(proposal)
                    ? Recovery.of(Recovery.Choice.ABORT, "autopilot: step '" + proposal.step().id() + "' failed its manual check: "
                            + proposal.detail())
                    : retryOnce(proposal);
            default -> Recovery.of(Recovery.Choice.ABORT, "autopilot: step '" + proposal.step().id() + "' was rolled back");
        };
    }

    private static boolean checkedByHand(StepProposal proposal) {
        return proposal.detail().startsWith(StepRunner.CHECK_FAILED);
    }

    private static Recovery retryOnce(StepProposal proposal) {
        return proposal.detail().startsWith("not verified after resume") || attemptsSoFar(proposal) < 2
                ? Recovery.of(Recovery.Choice.RETRY, "")
                : Recovery.of(Recovery.Choice.ABORT, "autopilot: step '" + proposal.step().id() + "' failed twice: " + proposal.detail());
    }

    private static int attemptsSoFar(StepProposal proposal) {
        return proposal.attempts();
    }
}

package dev.warroom.core.incident;

import dev.warroom.core.plan.model.DecisionNode;
import java.time.Duration;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code --auto} commander: takes each suggested answer (or the first), confirms every step
 * (typing the target name for destructive ones), retries a failed step once and then aborts. Never
 * allowed in LIVE mode. It cannot look at anything a plan asks a person to check, so such steps are
 * recorded as not verified; and it never overrides a person's "no" (a refused go/no-go, a failed
 * manual check): it aborts.
 *
 * <p>A step a crash left of unknown outcome is first verified: watched, if its verification watches
 * the world, or else recorded as of unknown outcome with the words why. If it is still unknown, the
 * autopilot runs it again only where {@link UnknownOutcomes#safeToRunAgain} says that does no harm (a
 * read, a declarative change, a chat message re-sent under the same idempotency key) and otherwise
 * aborts, naming the step for a person to check; it never blindly does a thing twice.
 */
public final class Autopilot implements Commander {

    /** The unknown-outcome attempts already verified once, by procedure, step and attempt. */
    private final Set<String> verified = new HashSet<>();

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
            case OUTCOME_UNKNOWN -> afterACrash(proposal);
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

    private Recovery afterACrash(StepProposal proposal) {
        if (verified.add(proposal.procedureId() + "/" + proposal.step().id() + "#" + proposal.attempts())) {
            return Recovery.of(Recovery.Choice.VERIFY, "");
        }
        return UnknownOutcomes.safeToRunAgain(proposal.step()).isPresent() ? Recovery.of(Recovery.Choice.RETRY, "")
                : Recovery.of(Recovery.Choice.ABORT, "autopilot: the outcome of step '" + proposal.step().id() + "' is unknown after a"
                        + " crash and cannot be checked automatically; running it again could do it twice, so a person must check it");
    }

    private static int attemptsSoFar(StepProposal proposal) {
        return proposal.attempts();
    }
}

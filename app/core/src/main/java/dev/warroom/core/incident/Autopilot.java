package dev.warroom.core.incident;

import dev.warroom.core.plan.model.DecisionNode;
import java.time.Duration;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code --auto} commander: takes each suggested answer (or the first), confirms every step
 * (typing the target name for destructive ones), retries a failed step once and then aborts — except a
 * failure the provider says is passing (throttled, briefly unavailable, a change rejected because another was in
 * flight: {@link TransientFailures}), which it waits out as the provider asks, or with a doubling back-off, and
 * retries up to {@value #TRANSIENT_ATTEMPTS} attempts in all. Never
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

    /** How many attempts in all a step failing for a passing reason gets before the autopilot aborts. */
    static final int TRANSIENT_ATTEMPTS = 5;

    private static final java.time.Duration FIRST_BACKOFF = java.time.Duration.ofSeconds(30);
    private static final java.time.Duration LONGEST_WAIT = java.time.Duration.ofMinutes(5);

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
        if (TransientFailures.transientFailure(proposal.detail()) && attemptsSoFar(proposal) < TRANSIENT_ATTEMPTS) {
            return waitOut(proposal);
        }
        return proposal.detail().startsWith("not verified after resume") || attemptsSoFar(proposal) < 2
                ? Recovery.of(Recovery.Choice.RETRY, "")
                : Recovery.of(Recovery.Choice.ABORT, "autopilot: step '" + proposal.step().id() + "' failed " + (attemptsSoFar(proposal) == 2 ? "twice" : attemptsSoFar(proposal) + " times") + ": " + proposal.detail());
    }

    private static Recovery waitOut(StepProposal proposal) {
        java.util.Optional<java.time.Duration> asked = TransientFailures.retryAfter(proposal.detail());
        java.time.Duration backoff = FIRST_BACKOFF.multipliedBy(1L << Math.max(0, Math.min(attemptsSoFar(proposal) - 1, 8)));
        java.time.Duration wait = asked.orElse(backoff);
        if (wait.compareTo(LONGEST_WAIT) > 0) {
            wait = LONGEST_WAIT;
        }
        String why = asked.isPresent() ? "the provider asked to retry after " + dev.warroom.core.time.DurationText.format(asked.get())
                : "the failure looks passing, so backing off";
        return Recovery.retryAfter(wait, "autopilot: attempt " + attemptsSoFar(proposal) + " of step '" + proposal.step().id()
                + "' failed (" + firstLine(proposal.detail()) + "); " + why + ": waited " + dev.warroom.core.time.DurationText.format(wait)
                + " before retrying");
    }

    private static String firstLine(String detail) {
        String line = detail.lines().findFirst().orElse("").strip();
        return line.length() > 160 ? line.substring(0, 160) + "…" : line;
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

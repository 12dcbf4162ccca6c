package dev.warroom.core.incident;

import dev.warroom.core.plan.model.DecisionNode;
import java.util.Optional;

/**
 * Whoever makes the decisions the {@link IncidentDriver} asks for: a person at a terminal, a
 * scripted answers file, or the autopilot. Every choice is recorded under {@link #name()}.
 */
public interface Commander {

    String name();

    /** Picks an answer id for the question; {@code suggestion} is what the live signals point to, if anything. */
    String answer(DecisionNode node, Optional<SuggestedAnswer> suggestion, Optional<java.time.Duration> suggestionPending);

    /**
     * Decides on a proposed step: go (with the typed target name for destructive steps), or skip it
     * with a reason. A refused confirmation (wrong name) is asked again.
     */
    Confirmation confirm(StepProposal proposal);

    /** What to do with a failed, rolled-back or unknown-outcome step. */
    Recovery recover(StepProposal proposal);

    /** The commander's answer to a proposed step. */
    record Confirmation(boolean go, String typed, String reason) {
        public static Confirmation yes(String typed) {
            return new Confirmation(true, typed, "");
        }

        public static Confirmation skip(String reason) {
            return new Confirmation(false, "", reason);
        }
    }

    /** The commander's choice after a step did not succeed. */
    record Recovery(Choice choice, String reason) {
        public enum Choice { VERIFY, RETRY, SKIP, ROLLBACK, ABORT }

        public static Recovery of(Choice choice, String reason) {
            return new Recovery(choice, reason);
        }
    }
}

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
     * Decides on a proposed step: go (with the typed target name for destructive steps), skip it
     * with a reason, or, for a confirm step, answer its go/no-go "no". A confirmation the engine
     * does not accept (wrong name) is asked again.
     */
    Confirmation confirm(StepProposal proposal);

    /**
     * Asks whether what the plan says to check ({@code question}) holds now that the step's work is
     * done. A commander who cannot look (the autopilot) says so, and the step is recorded as not verified.
     */
    default CheckAnswer check(StepProposal proposal, String question) {
        return CheckAnswer.cannotCheck(name() + " cannot check this");
    }

    /**
     * The value of a procedure parameter, asked once when its procedure starts (or, for a reading parameter
     * with no reading, when a step using it is previewed). The default takes the reading, else the plan's
     * default; a commander who can ask a person overrides this.
     */
    default java.util.Optional<String> parameter(ParameterRequest request) {
        return request.reading().or(request::defaultValue);
    }

    /**
     * At a reassess node's round without a signal that says so (or beside one), whether a person declares the
     * situation recovered, in their words; empty for "not yet". The default cannot look and says not yet.
     */
    default java.util.Optional<String> recovered(DecisionNode node, int round, java.util.List<String> evidence) {
        return java.util.Optional.empty();
    }

    /** What to do with a failed, rolled-back or unknown-outcome step. */
    Recovery recover(StepProposal proposal);

    /** The commander's answer to a proposed step. */
    record Confirmation(boolean go, String typed, String reason, boolean refused) {
        public Confirmation(boolean go, String typed, String reason) {
            this(go, typed, reason, false);
        }

        public static Confirmation yes(String typed) {
            return new Confirmation(true, typed, "");
        }

        public static Confirmation skip(String reason) {
            return new Confirmation(false, "", reason);
        }

        /** "No" to a confirm step's go/no-go, with the commander's words. */
        public static Confirmation refuse(String reason) {
            return new Confirmation(false, "", reason, true);
        }
    }

    /** A person's answer to a manual check, who gave it and in what words; or that nobody could check. */
    record CheckAnswer(Kind kind, String by, String words) {
        public enum Kind { HOLDS, FAILS, CANNOT_CHECK }

        public static CheckAnswer holds(String by, String words) {
            return new CheckAnswer(Kind.HOLDS, by, words);
        }

        public static CheckAnswer fails(String by, String words) {
            return new CheckAnswer(Kind.FAILS, by, words);
        }

        public static CheckAnswer cannotCheck(String why) {
            return new CheckAnswer(Kind.CANNOT_CHECK, "", why);
        }
    }

    /**
     * The commander's choice after a step did not succeed. A retry may come after a wait on the incident's clock
     * ({@code waitFirst}), as a commander waits out a provider's Retry-After before calling again.
     */
    record Recovery(Choice choice, String reason, java.time.Duration waitFirst) {
        public enum Choice { VERIFY, RETRY, SKIP, ROLLBACK, ABORT }

        public Recovery(Choice choice, String reason) {
            this(choice, reason, java.time.Duration.ZERO);
        }

        public static Recovery of(Choice choice, String reason) {
            return new Recovery(choice, reason);
        }

        /** Retry once {@code wait} has passed; {@code reason} says why, for the journal. */
        public static Recovery retryAfter(java.time.Duration wait, String reason) {
            return new Recovery(Choice.RETRY, reason, wait);
        }
    }
}

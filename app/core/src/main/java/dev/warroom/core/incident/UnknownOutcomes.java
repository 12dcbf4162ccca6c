package dev.warroom.core.incident;

import dev.warroom.core.plan.model.Step;
import dev.warroom.core.plan.model.Verification;
import java.util.Optional;
import java.util.Set;

/**
 * What can be done with a step that a crash left of unknown outcome (it had started; no outcome was
 * recorded). A step whose verification watches the world is watched until it holds or its timeout
 * passes. Any other step — a chat message, an HTTP or SQL check, a manual check, a step with no
 * verification — cannot be checked automatically: it stays of unknown outcome, in those words, until a
 * person (or the autopilot, by the rule of {@link #safeToRunAgain}) decides. The rule is written down in
 * docs/drills.md.
 */
public final class UnknownOutcomes {

    /** How the words of a step that cannot be checked automatically begin. */
    public static final String CANNOT_CHECK = "outcome unknown — it cannot be checked automatically";

    private static final String CHAT = "notify.chat";
    private static final Set<String> READS = Set.of("http.check", "sql.check");
    private static final Set<String> SAME_END_STATE = Set.of("k8s.scale", "k8s.apply", "k8s.use-context", "wait");

    private UnknownOutcomes() {
    }

    /** Whether watching the world can establish the step's outcome: it has a verification judged on readings. */
    public static boolean watchable(Step step) {
        Verification verify = step.verify();
        return verify != null && !OutcomeCheck.judgedByResult(verify);
    }

    /** The words a step keeps when its outcome cannot be checked automatically. */
    static String cannotCheck(Step step) {
        return CANNOT_CHECK + ": " + why(step) + "; check by hand, then retry it or skip it with the reason";
    }

    /**
     * Why running the step again without a person does no harm, or empty when it could: a read (an HTTP
     * or SQL check) changes nothing; a declarative Kubernetes change or a wait ends in the same state when
     * run twice; a chat message is re-sent with the idempotency key and the words of the lost attempt, so
     * the receiver can recognise the repeat; a manual or confirm step performs nothing. Anything else (a
     * promotion, a DNS or traffic switch, an HTTP call, a shell command) could happen twice.
     */
    public static Optional<String> safeToRunAgain(Step step) {
        if (step.action() == null) {
            return Optional.of("WarRoom performs nothing for it");
        }
        String kind = step.action().kind();
        if (READS.contains(kind)) {
            return Optional.of(kind + " only reads");
        }
        if (SAME_END_STATE.contains(kind)) {
            return Optional.of(kind + " ends in the same state when run twice");
        }
        if (CHAT.equals(kind)) {
            return Optional.of("the message is re-sent with the same idempotency key and the same words");
        }
        return Optional.empty();
    }

    /** Whether a request of this kind carries an idempotency key and the journal's head (it sends a message out). */
    static boolean sendsAMessage(String kind) {
        return CHAT.equals(kind);
    }

    private static String why(Step step) {
        String kind = step.action() == null ? "" : step.action().kind();
        if (CHAT.equals(kind)) {
            return "the chat message may or may not have reached the channel before the crash";
        }
        if (READS.contains(kind)) {
            return "the answer of " + kind + " was lost with the crash";
        }
        if (step.verify() == null) {
            return "the step has no verification that watches the world";
        }
        return "its verification judges the step's own result, which was lost with the crash";
    }
}

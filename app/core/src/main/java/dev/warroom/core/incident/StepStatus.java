package dev.warroom.core.incident;

/** Where a step stands. */
public enum StepStatus {
    PENDING,
    PROPOSED,
    CONFIRMED,
    RUNNING,
    SUCCEEDED,
    /** Its work is done; a person must say whether the plan's manual check holds. */
    AWAITING_CHECK,
    FAILED,
    /** A confirm step's go/no-go answered "no": the procedure stops here until retried, skipped or aborted. */
    REFUSED,
    SKIPPED,
    /** Started before a crash with no recorded outcome: must be verified, never silently re-run. */
    OUTCOME_UNKNOWN,
    /** Undone after it ran; the commander then retries, skips or aborts. */
    ROLLED_BACK;

    public boolean isTerminal() {
        return this == SUCCEEDED || this == SKIPPED;
    }
}

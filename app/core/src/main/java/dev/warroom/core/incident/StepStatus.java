package dev.warroom.core.incident;

/** Where a step stands. */
public enum StepStatus {
    PENDING,
    PROPOSED,
    CONFIRMED,
    RUNNING,
    SUCCEEDED,
    FAILED,
    SKIPPED,
    /** Started before a crash with no recorded outcome: must be verified, never silently re-run. */
    OUTCOME_UNKNOWN,
    /** Undone after it ran; the commander then retries, skips or aborts. */
    ROLLED_BACK;

    public boolean isTerminal() {
        return this == SUCCEEDED || this == SKIPPED;
    }
}

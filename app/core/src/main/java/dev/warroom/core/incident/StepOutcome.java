package dev.warroom.core.incident;

/** How a step run ended, in words for the commander. */
public record StepOutcome(String stepId, StepStatus status, String detail) {

    public boolean succeeded() {
        return status == StepStatus.SUCCEEDED || status == StepStatus.ROLLED_BACK;
    }
}

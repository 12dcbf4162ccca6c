package dev.warroom.core.plan.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How an earlier step ended, as a step condition asks it. */
public enum StepOutcomeState {
    @JsonProperty("succeeded") SUCCEEDED,
    @JsonProperty("failed") FAILED,
    @JsonProperty("skipped") SKIPPED
}

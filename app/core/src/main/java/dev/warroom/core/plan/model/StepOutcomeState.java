package dev.warroom.core.plan.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/** How an earlier step ended, as a step condition asks it. */
public enum StepOutcomeState {
    @JsonProperty("succeeded") @JsonPropertyDescription("The earlier step succeeded.") SUCCEEDED,
    @JsonProperty("failed") @JsonPropertyDescription("The earlier step failed.") FAILED,
    @JsonProperty("skipped") @JsonPropertyDescription("The earlier step did not run: it was skipped.") SKIPPED
}

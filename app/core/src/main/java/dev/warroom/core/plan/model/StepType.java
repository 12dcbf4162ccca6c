package dev.warroom.core.plan.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How a step is carried out. */
public enum StepType {
    @JsonProperty("manual") MANUAL,
    @JsonProperty("confirm") CONFIRM,
    @JsonProperty("action") ACTION
}

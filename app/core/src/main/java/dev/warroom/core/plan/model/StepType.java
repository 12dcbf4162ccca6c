package dev.warroom.core.plan.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/** How a step is carried out. */
public enum StepType {
    @JsonProperty("manual") @JsonPropertyDescription("A person does it and reports back.") MANUAL,
    @JsonProperty("confirm") @JsonPropertyDescription("A go/no-go decision the commander answers.") CONFIRM,
    @JsonProperty("action") @JsonPropertyDescription("WarRoom performs action once confirmed.") ACTION
}

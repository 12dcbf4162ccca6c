package dev.warroom.core.plan.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/** How many selected resources must meet a signal's condition. */
public enum Quantifier {
    @JsonProperty("all") @JsonPropertyDescription("Every selected resource meets the condition (default).") ALL,
    @JsonProperty("any") @JsonPropertyDescription("At least one selected resource meets it.") ANY,
    @JsonProperty("none") @JsonPropertyDescription("No selected resource meets it.") NONE
}

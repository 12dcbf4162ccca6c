package dev.warroom.core.plan.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/** Where a procedure parameter's value comes from. */
public enum ParameterSource {
    @JsonProperty("ask") @JsonPropertyDescription("Asked of the commander when the procedure starts (default); --auto takes the default.") ASK,
    @JsonProperty("reading") @JsonPropertyDescription("Read from resource's latest live reading (its attribute) when the step is previewed.") READING
}

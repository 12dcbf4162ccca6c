package dev.warroom.core.plan.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Where a procedure parameter's value comes from. */
public enum ParameterSource {
    @JsonProperty("ask") ASK,
    @JsonProperty("reading") READING
}

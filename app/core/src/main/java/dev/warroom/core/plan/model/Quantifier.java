package dev.warroom.core.plan.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How many selected resources must meet a signal's condition. */
public enum Quantifier {
    @JsonProperty("all") ALL,
    @JsonProperty("any") ANY,
    @JsonProperty("none") NONE
}

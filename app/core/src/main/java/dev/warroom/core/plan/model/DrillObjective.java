package dev.warroom.core.plan.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** An exercise objective: what observations are tagged with and the hot wash rates (P, S, M or U). */
public record DrillObjective(
        @JsonProperty(required = true) String id,
        @JsonProperty(required = true) String title,
        String titleEn) {
}

package dev.warroom.core.plan.model;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/** The on-call rota. */
public record OnCall(
        @JsonPropertyDescription("Rotation, as written, e.g. weekly.") String rotation,
        @JsonPropertyDescription("Hours covered, as written, e.g. 24/7.") String coverage,
        @JsonPropertyDescription("Primary on-call, as written.") String primary,
        @JsonPropertyDescription("Secondary on-call, as written.") String secondary,
        @JsonPropertyDescription("When on-call escalates, as written, e.g. no answer in 15 minutes.") String escalation) {
}

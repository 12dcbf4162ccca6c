package dev.warroom.core.plan.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/** The outcome a step must produce, checked by watching live state. */
public record Verification(
        @JsonProperty(required = true) String title,
        String titleEn,
        @JsonPropertyDescription("Resource whose state is watched; defaults to the action's target.") String resource,
        @JsonProperty(required = true) VerifyCondition condition,
        @JsonPropertyDescription("Expected value where the condition takes one (replica count, address, status code, lag).") String value) {
}

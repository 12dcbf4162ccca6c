package dev.warroom.core.plan.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/** The outcome a step must produce, checked by watching live state. */
public record Verification(
        @JsonProperty(required = true) @JsonPropertyDescription("The expected outcome, as written.") String title,
        @JsonPropertyDescription("The same in English, where the document writes it in another language; shown beside it in English displays.")
        String titleEn,
        @JsonPropertyDescription("Resource whose state is watched; defaults to the action's target.") String resource,
        @JsonProperty(required = true) @JsonPropertyDescription("What to watch for: is-primary, is-replica, healthy, replicas-ready, resolves-to, http-status, lag-below, query-returns, traffic-to, delivered or manual-check.")
        VerifyCondition condition,
        @JsonPropertyDescription("Expected value where the condition takes one (replica count, address, status code, lag).") String value) {
}

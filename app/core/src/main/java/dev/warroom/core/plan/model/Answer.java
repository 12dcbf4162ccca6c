package dev.warroom.core.plan.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** One answer to a question node and the node it leads to. */
public record Answer(
        @JsonProperty(required = true) String id,
        @JsonProperty(required = true) String label,
        String labelEn,
        @JsonProperty(required = true) String next) {
}

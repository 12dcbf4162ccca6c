package dev.warroom.core.plan.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/** One answer to a question node and the node it leads to. */
public record Answer(
        @JsonProperty(required = true) @JsonPropertyDescription("Answer id: lowercase kebab-case ASCII (yes, no, partial), unique within its node; yes and no stay text.")
        String id,
        @JsonProperty(required = true) @JsonPropertyDescription("The answer as written.") String label,
        @JsonPropertyDescription("The same in English, where the document writes it in another language; shown beside it in English displays.")
        String labelEn,
        @JsonProperty(required = true) @JsonPropertyDescription("The node this answer leads to (a node id).") String next) {
}

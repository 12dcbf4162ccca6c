package dev.warroom.core.plan.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/** How to undo a step: an action WarRoom can run, or instructions for a person. */
public record Rollback(
        @JsonProperty(required = true) @JsonPropertyDescription("What the rollback does, as written.") String title,
        @JsonPropertyDescription("The same in English, where the document writes it in another language; shown beside it in English displays.")
        String titleEn,
        @JsonPropertyDescription("An action WarRoom can run to undo the step (same form as a step's action).") Action action,
        @JsonPropertyDescription("The command a person runs to undo the step, verbatim.") String command) {
}

package dev.warroom.core.plan.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/** When {@code signal} holds, the engine suggests {@code answer} (the commander still decides). */
public record Suggestion(
        @JsonProperty(required = true) @JsonPropertyDescription("The signal (id) whose holding suggests the answer.") String signal,
        @JsonProperty(required = true) @JsonPropertyDescription("The answer (an answer id of this node) the signal suggests.") String answer) {
}

package dev.warroom.core.plan.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** When {@code signal} holds, the engine suggests {@code answer} (the commander still decides). */
public record Suggestion(
        @JsonProperty(required = true) String signal,
        @JsonProperty(required = true) String answer) {
}

package dev.warroom.core.plan.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.time.Duration;

/** One line of a scenario's response, with the time the document allows for it. */
public record ResponseStep(
        @JsonProperty(required = true) @JsonPropertyDescription("The response line as written.") String title,
        @JsonPropertyDescription("The same in English, where the document writes it in another language; shown beside it in English displays.")
        String titleEn,
        @JsonPropertyDescription("Time the document allows for it, a duration, e.g. 15m.") Duration within) {
}

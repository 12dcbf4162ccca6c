package dev.warroom.core.plan.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.time.Duration;

/** One rung of the escalation ladder. */
public record EscalationLevel(
        @JsonProperty(required = true) @JsonPropertyDescription("Rung name as written, e.g. L1.") String level,
        @JsonProperty(required = true) @JsonPropertyDescription("Who is at this rung, as written.") String title,
        @JsonPropertyDescription("The same in English, where the document writes it in another language; shown beside it in English displays.")
        String titleEn,
        @JsonPropertyDescription("The role (a role id) at this rung.") String role,
        @JsonPropertyDescription("How to reach them, as written.") String contact,
        @JsonPropertyDescription("When this rung is pulled in, after the incident starts, a duration, e.g. 30m.") Duration after) {
}

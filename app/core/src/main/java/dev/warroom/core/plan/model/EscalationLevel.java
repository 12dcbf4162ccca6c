package dev.warroom.core.plan.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Duration;

/** One rung of the escalation ladder. */
public record EscalationLevel(
        @JsonProperty(required = true) String level,
        @JsonProperty(required = true) String title,
        String titleEn,
        String role,
        String contact,
        Duration after) {
}

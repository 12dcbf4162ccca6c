package dev.warroom.core.plan.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** One item to tick. */
public record ChecklistItem(
        @JsonProperty(required = true) String id,
        @JsonProperty(required = true) String title,
        String titleEn,
        String role) {
}

package dev.warroom.core.plan.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How to undo a step: an action WarRoom can run, or instructions for a person. */
public record Rollback(
        @JsonProperty(required = true) String title,
        String titleEn,
        Action action,
        String command) {
}

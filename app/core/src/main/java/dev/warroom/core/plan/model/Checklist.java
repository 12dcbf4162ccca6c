package dev.warroom.core.plan.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** A checklist for one phase of the incident. */
public record Checklist(
        @JsonProperty(required = true) String id,
        @JsonProperty(required = true) ChecklistPhase phase,
        @JsonProperty(required = true) String title,
        String titleEn,
        @JsonProperty(required = true) List<ChecklistItem> items) {

    public Checklist {
        items = Lists.of(items);
    }
}

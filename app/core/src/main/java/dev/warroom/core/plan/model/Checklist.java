package dev.warroom.core.plan.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;

/** A checklist for one phase of the incident. */
public record Checklist(
        @JsonProperty(required = true) @JsonPropertyDescription("Checklist id: lowercase kebab-case ASCII (pre-failover).") String id,
        @JsonProperty(required = true) @JsonPropertyDescription("When it applies: pre (before failover), during, post (after recovery), failback or drill.")
        ChecklistPhase phase,
        @JsonProperty(required = true) @JsonPropertyDescription("Name as written.") String title,
        @JsonPropertyDescription("The same in English, where the document writes it in another language; shown beside it in English displays.")
        String titleEn,
        @JsonProperty(required = true) @JsonPropertyDescription("The items to tick, in order. At least one.") List<ChecklistItem> items) {

    public Checklist {
        items = Lists.of(items);
    }
}

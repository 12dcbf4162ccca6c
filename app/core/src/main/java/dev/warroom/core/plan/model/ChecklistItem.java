package dev.warroom.core.plan.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/** One item to tick. */
public record ChecklistItem(
        @JsonProperty(required = true) @JsonPropertyDescription("Item id: lowercase kebab-case ASCII (backups-verified), unique within its checklist (or the drill's cleanup).")
        String id,
        @JsonProperty(required = true) @JsonPropertyDescription("The item as written.") String title,
        @JsonPropertyDescription("The same in English, where the document writes it in another language; shown beside it in English displays.")
        String titleEn,
        @JsonPropertyDescription("The role (a role id) who ticks it.") String role,
        @JsonPropertyDescription("true when the plan author added this item beyond the source document; shown as derived in every language.") Boolean derived) {

    /** Whether the plan author added this beyond the source document. */
    public boolean isDerived() {
        return Boolean.TRUE.equals(derived);
    }
}

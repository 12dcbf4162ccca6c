package dev.warroom.core.plan.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/** An exercise objective: what observations are tagged with and the hot wash rates (P, S, M or U). */
public record DrillObjective(
        @JsonProperty(required = true) @JsonPropertyDescription("Objective id: lowercase kebab-case ASCII (verify-failover), unique within the drill.")
        String id,
        @JsonProperty(required = true) @JsonPropertyDescription("The objective as written.") String title,
        @JsonPropertyDescription("The same in English, where the document writes it in another language; shown beside it in English displays.")
        String titleEn,
        @JsonPropertyDescription("true when the plan author added this objective beyond the source document; shown as derived in every language.") Boolean derived) {

    /** Whether the plan author added this beyond the source document. */
    public boolean isDerived() {
        return Boolean.TRUE.equals(derived);
    }
}

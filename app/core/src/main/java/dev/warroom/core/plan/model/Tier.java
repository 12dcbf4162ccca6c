package dev.warroom.core.plan.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/** The DR tier the document chose. */
public record Tier(
        @JsonProperty(required = true) @JsonPropertyDescription("Tier number as the document gives it, e.g. 4.") int level,
        @JsonProperty(required = true) @JsonPropertyDescription("Tier name as written, e.g. 熱備份.") String title,
        @JsonPropertyDescription("The same in English, where the document writes it in another language; shown beside it in English displays. E.g. Warm standby.")
        String titleEn,
        @JsonPropertyDescription("The tier's RPO as the document words it, e.g. '< 1 hour'. Text, not a duration.") String rpo,
        @JsonPropertyDescription("The tier's RTO as the document words it, e.g. '2-4 hours'. Text, not a duration.") String rto,
        @JsonPropertyDescription("The tier's cost as the document words it.") String cost,
        @JsonPropertyDescription("What the tier suits, as written.") String suitability) {
}

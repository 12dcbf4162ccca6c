package dev.warroom.core.plan.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The DR tier the document chose. */
public record Tier(
        @JsonProperty(required = true) int level,
        @JsonProperty(required = true) String title,
        String titleEn,
        String rpo,
        String rto,
        String cost,
        String suitability) {
}

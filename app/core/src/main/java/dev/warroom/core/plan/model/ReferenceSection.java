package dev.warroom.core.plan.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** Document content kept verbatim for the commander's reference. */
public record ReferenceSection(
        @JsonProperty(required = true) String id,
        @JsonProperty(required = true) String title,
        String titleEn,
        List<String> items) {

    public ReferenceSection {
        items = Lists.of(items);
    }
}

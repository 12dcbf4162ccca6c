package dev.warroom.core.plan.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;

/** Document content kept verbatim for the commander's reference. */
public record ReferenceSection(
        @JsonProperty(required = true) @JsonPropertyDescription("Section id: lowercase kebab-case ASCII (prevention).") String id,
        @JsonProperty(required = true) @JsonPropertyDescription("Heading as written.") String title,
        @JsonPropertyDescription("The same in English, where the document writes it in another language; shown beside it in English displays.")
        String titleEn,
        @JsonPropertyDescription("The content, verbatim, one entry per paragraph or bullet.") List<String> items) {

    public ReferenceSection {
        items = Lists.of(items);
    }
}

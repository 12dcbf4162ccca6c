package dev.warroom.core.plan.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;

/** One section of a report template: its heading and what it holds. */
public record TemplateSection(
        @JsonProperty(required = true) @JsonPropertyDescription("Id, unique within the template.") String id,
        @JsonProperty(required = true) @JsonPropertyDescription("The heading, as the document writes it.") String title,
        @JsonPropertyDescription("The heading in English, where the document writes it in another language.") String titleEn,
        @JsonProperty(required = true) @JsonPropertyDescription("What the section holds.") SectionContent content,
        @JsonPropertyDescription("The author's fields: for field, fields, table (its columns) and sign-offs (the roles).")
        List<TemplateField> fields) {

    public TemplateSection {
        fields = Lists.of(fields);
    }
}

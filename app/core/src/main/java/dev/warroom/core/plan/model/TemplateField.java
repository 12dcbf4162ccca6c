package dev.warroom.core.plan.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/** A field of a report template that the author fills (root cause, impact, a column of a table, a sign-off role). */
public record TemplateField(
        @JsonProperty(required = true)
        @JsonPropertyDescription("Id the author's entries are journalled under, unique within the template.")
        String id,
        @JsonProperty(required = true) @JsonPropertyDescription("The label, as the document writes it.") String label,
        @JsonPropertyDescription("The label in English, where the document writes it in another language.") String labelEn,
        @JsonPropertyDescription("What to write there, shown in the empty field.") String hint) {
}

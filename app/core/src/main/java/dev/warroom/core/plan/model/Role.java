package dev.warroom.core.plan.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;

/** A role in the DR response team. */
public record Role(
        @JsonProperty(required = true) @JsonPropertyDescription("Role id: lowercase kebab-case ASCII (incident-commander, dba).") String id,
        @JsonProperty(required = true) @JsonPropertyDescription("Role name as written.") String title,
        @JsonPropertyDescription("The same in English, where the document writes it in another language; shown beside it in English displays.")
        String titleEn,
        @JsonPropertyDescription("Who holds it: a position or a person, as written.") String holder,
        @JsonPropertyDescription("How to reach them, as written (phone, handle). Never a secret.") String contact,
        @JsonPropertyDescription("What the role does, as written.") List<String> responsibilities) {

    public Role {
        responsibilities = Lists.of(responsibilities);
    }
}

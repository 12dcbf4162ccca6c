package dev.warroom.core.plan.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;

/** A level of graceful degradation the service can be put into. */
public record DegradationLevel(
        @JsonProperty(required = true) @JsonPropertyDescription("Level id: lowercase kebab-case ASCII (read-only).") String id,
        @JsonProperty(required = true) @JsonPropertyDescription("Name as written.") String title,
        @JsonPropertyDescription("The same in English, where the document writes it in another language; shown beside it in English displays.")
        String titleEn,
        @JsonPropertyDescription("What still works at this level, as written.") List<String> features,
        @JsonPropertyDescription("What is switched off at this level, as written.") List<String> disabled,
        @JsonPropertyDescription("Caching behaviour at this level, as written.") String cache,
        @JsonPropertyDescription("true: only static content is served at this level. Default false.") Boolean staticOnly,
        @JsonPropertyDescription("The message shown to users at this level, as written.") String message) {

    public DegradationLevel {
        features = Lists.of(features);
        disabled = Lists.of(disabled);
    }
}

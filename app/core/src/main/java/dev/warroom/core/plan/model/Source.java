package dev.warroom.core.plan.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;

/** Where the plan came from: the DR document it was written from. */
public record Source(
        @JsonProperty(required = true) @JsonPropertyDescription("Title of the source document, as written.") String document,
        @JsonPropertyDescription("File name of the source document.") String file,
        String version,
        @JsonPropertyDescription("Date of the document, YYYY-MM-DD.") String date,
        String updated,
        String status,
        List<String> authors,
        String reviewer,
        @JsonPropertyDescription("BCP 47 tag of the display text, e.g. zh-Hant, zh-Hans, en.") String language,
        List<String> related,
        @JsonPropertyDescription("How the plan was derived from the document: repairs, interpretations.") String notes) {

    public Source {
        authors = Lists.of(authors);
        related = Lists.of(related);
    }
}

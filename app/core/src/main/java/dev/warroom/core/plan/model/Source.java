package dev.warroom.core.plan.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;

/** Where the plan came from: the DR document it was written from. */
public record Source(
        @JsonProperty(required = true) @JsonPropertyDescription("Title of the source document, as written.") String document,
        @JsonPropertyDescription("File name of the source document.") String file,
        @JsonPropertyDescription("Document version as text; quote a number: \"1.0\".") String version,
        @JsonPropertyDescription("Date of the document, YYYY-MM-DD.") String date,
        @JsonPropertyDescription("Date of the document's last update, YYYY-MM-DD as written.") String updated,
        @JsonPropertyDescription("Document status as written, e.g. Draft, Approved.") String status,
        @JsonPropertyDescription("The document's authors, as written.") List<String> authors,
        @JsonPropertyDescription("Who reviewed the document, as written.") String reviewer,
        @JsonPropertyDescription("BCP 47 tag of the display text, e.g. zh-Hant, zh-Hans, en.") String language,
        @JsonPropertyDescription("Related documents (titles or links), as written.") List<String> related,
        @JsonPropertyDescription("How the plan was derived from the document: repairs, interpretations.") String notes) {

    public Source {
        authors = Lists.of(authors);
        related = Lists.of(related);
    }
}

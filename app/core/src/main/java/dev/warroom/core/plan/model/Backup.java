package dev.warroom.core.plan.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;

/** A backup or replication stream the recovery relies on. */
public record Backup(
        @JsonProperty(required = true) @JsonPropertyDescription("Backup id: lowercase kebab-case ASCII (db-snapshots).") String id,
        @JsonProperty(required = true) @JsonPropertyDescription("Name as written.") String title,
        @JsonPropertyDescription("The same in English, where the document writes it in another language; shown beside it in English displays.")
        String titleEn,
        @JsonPropertyDescription("What is backed up, e.g. the primary database.") String source,
        @JsonPropertyDescription("Where the backup goes, e.g. a geo-redundant storage account in the DR region.") String destination,
        @JsonPropertyDescription("How it is taken: snapshot, WAL archiving, AOF, cross-region replication ...") String method,
        @JsonPropertyDescription("How often, as written, e.g. every 6 hours.") String frequency,
        @JsonPropertyDescription("How long it is kept, as written, e.g. 35 days.") String retention,
        @JsonPropertyDescription("How the backup is tested, as written, e.g. monthly restore test.") String verification,
        @JsonPropertyDescription("Notes, as written.") List<String> notes,
        @JsonPropertyDescription("true when the plan author added this backup beyond the source document; shown as derived in every language.") Boolean derived) {

    public Backup {
        notes = Lists.of(notes);
    }

    /** Whether the plan author added this beyond the source document. */
    public boolean isDerived() {
        return Boolean.TRUE.equals(derived);
    }
}

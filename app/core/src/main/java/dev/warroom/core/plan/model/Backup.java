package dev.warroom.core.plan.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** A backup or replication stream the recovery relies on. */
public record Backup(
        @JsonProperty(required = true) String id,
        @JsonProperty(required = true) String title,
        String titleEn,
        String source,
        String destination,
        String method,
        String frequency,
        String retention,
        String verification,
        List<String> notes) {

    public Backup {
        notes = Lists.of(notes);
    }
}

package dev.warroom.core.plan.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.time.Duration;
import java.util.List;

/** Recovery objectives by disaster severity (e.g. critical / major / minor). */
public record SeverityTarget(
        @JsonProperty(required = true) @JsonPropertyDescription("Severity level id: lowercase kebab-case ASCII (critical, major, minor); run --severity and a scenario's severity name it.")
        String id,
        @JsonProperty(required = true) @JsonPropertyDescription("Severity name as written, e.g. 嚴重 / Critical.") String title,
        @JsonPropertyDescription("The same in English, where the document writes it in another language; shown beside it in English displays.")
        String titleEn,
        @JsonProperty(required = true) @JsonPropertyDescription("RTO at this severity, a duration, e.g. 15m. Drives the incident's RTO clock when this level is chosen.")
        Duration rto,
        @JsonProperty(required = true) @JsonPropertyDescription("RPO at this severity, a duration, e.g. 5m.") Duration rpo,
        @JsonPropertyDescription("The goal as the document words it, e.g. 'restore core services within 15 minutes'.") String rtoGoal,
        @JsonPropertyDescription("Example incidents at this severity, as written.") List<String> examples) {

    public SeverityTarget {
        examples = Lists.of(examples);
    }
}

package dev.warroom.core.plan.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Duration;
import java.util.List;

/** Recovery objectives by disaster severity (e.g. critical / major / minor). */
public record SeverityTarget(
        @JsonProperty(required = true) String id,
        @JsonProperty(required = true) String title,
        String titleEn,
        @JsonProperty(required = true) Duration rto,
        @JsonProperty(required = true) Duration rpo,
        String rtoGoal,
        List<String> examples) {

    public SeverityTarget {
        examples = Lists.of(examples);
    }
}

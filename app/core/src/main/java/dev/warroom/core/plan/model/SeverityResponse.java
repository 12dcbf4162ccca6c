package dev.warroom.core.plan.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.time.Duration;
import java.util.List;

/** Required response for an alert severity. */
public record SeverityResponse(
        @JsonProperty(required = true) @JsonPropertyDescription("Alert severity id: lowercase kebab-case ASCII (p0).") String id,
        @JsonProperty(required = true) @JsonPropertyDescription("Severity as written, e.g. P0 - 嚴重.") String title,
        @JsonProperty(required = true) @JsonPropertyDescription("Required response time, a duration, e.g. 15m.") Duration responseTime,
        @JsonPropertyDescription("How it is raised, free text (pagerduty, phone), not channel ids.") List<String> channels,
        @JsonPropertyDescription("Who owns the response, as written.") String owner) {

    public SeverityResponse {
        channels = Lists.of(channels);
    }
}

package dev.warroom.core.plan.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Duration;
import java.util.List;

/** Required response for an alert severity. */
public record SeverityResponse(
        @JsonProperty(required = true) String id,
        @JsonProperty(required = true) String title,
        @JsonProperty(required = true) Duration responseTime,
        List<String> channels,
        String owner) {

    public SeverityResponse {
        channels = Lists.of(channels);
    }
}

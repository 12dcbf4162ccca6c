package dev.warroom.core.plan.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Duration;

/** Per-service recovery objective. */
public record ServiceTarget(
        @JsonProperty(required = true) String id,
        @JsonProperty(required = true) String name,
        String impact,
        String impactEn,
        Duration rpo,
        Duration rto,
        String priority,
        String strategy,
        String strategyEn,
        String notes) {
}

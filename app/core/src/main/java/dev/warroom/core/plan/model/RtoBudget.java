package dev.warroom.core.plan.model;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.time.Duration;

/** The document's worked RTO: detection + decision + recovery + verification. */
public record RtoBudget(
        @JsonPropertyDescription("Share of the RTO for detecting the failure, a duration, e.g. 5m. The report compares the incident's detection phase with it.")
        Duration detection,
        @JsonPropertyDescription("Share of the RTO for deciding to fail over, a duration, e.g. 10m.") Duration decision,
        @JsonPropertyDescription("Share of the RTO for the recovery itself, a duration, e.g. 60m.") Duration recovery,
        @JsonPropertyDescription("Share of the RTO for verifying the recovery, a duration, e.g. 15m.") Duration verification) {
}

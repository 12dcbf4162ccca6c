package dev.warroom.core.plan.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.time.Duration;

/** A fault injected into the simulated world, at a time after the incident starts. */
public record Fault(
        @JsonPropertyDescription("When, after the start; 0s if absent.") Duration at,
        @JsonProperty(required = true) @JsonPropertyDescription("What goes wrong: region-down, resource-down, replica-lag-spike, dns-update-fails, api-throttled, credentials-expired, health-failing or data-corruption.")
        FaultKind fault,
        @JsonProperty(required = true) @JsonPropertyDescription("A site id or a resource id.") String target,
        @JsonPropertyDescription("How long the fault lasts; until the end if absent.") Duration lasting,
        @JsonPropertyDescription("Size of the fault where it has one, e.g. a lag of 90s.") String value,
        @JsonPropertyDescription("A free note for the facilitator; not shown to the team.") String note) {
}

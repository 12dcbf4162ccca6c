package dev.warroom.core.plan.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/** Faults the simulated world can inject. */
public enum FaultKind {
    @JsonProperty("region-down") @JsonPropertyDescription("A whole site goes down (target a site).") REGION_DOWN,
    @JsonProperty("resource-down") @JsonPropertyDescription("One resource goes down.") RESOURCE_DOWN,
    @JsonProperty("replica-lag-spike") @JsonPropertyDescription("A replica's lag jumps; value gives the lag, e.g. 90s.") REPLICA_LAG_SPIKE,
    @JsonProperty("dns-update-fails") @JsonPropertyDescription("DNS updates on the target fail.") DNS_UPDATE_FAILS,
    @JsonProperty("api-throttled") @JsonPropertyDescription("The provider API throttles calls.") API_THROTTLED,
    @JsonProperty("credentials-expired") @JsonPropertyDescription("Credentials for the target stop working.") CREDENTIALS_EXPIRED,
    @JsonProperty("health-failing") @JsonPropertyDescription("The target's health checks fail.") HEALTH_FAILING,
    @JsonProperty("data-corruption") @JsonPropertyDescription("The target's data is corrupted.") DATA_CORRUPTION
}

package dev.warroom.core.plan.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Faults the simulated world can inject. */
public enum FaultKind {
    @JsonProperty("region-down") REGION_DOWN,
    @JsonProperty("resource-down") RESOURCE_DOWN,
    @JsonProperty("replica-lag-spike") REPLICA_LAG_SPIKE,
    @JsonProperty("dns-update-fails") DNS_UPDATE_FAILS,
    @JsonProperty("api-throttled") API_THROTTLED,
    @JsonProperty("credentials-expired") CREDENTIALS_EXPIRED,
    @JsonProperty("health-failing") HEALTH_FAILING,
    @JsonProperty("data-corruption") DATA_CORRUPTION
}

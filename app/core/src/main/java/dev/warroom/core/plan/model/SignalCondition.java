package dev.warroom.core.plan.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/** What a signal tests on each selected resource. */
public enum SignalCondition {
    @JsonProperty("down") @JsonPropertyDescription("The resource is observed down.") DOWN,
    @JsonProperty("healthy") @JsonPropertyDescription("The resource is observed healthy.") HEALTHY,
    @JsonProperty("unreachable") @JsonPropertyDescription("The resource cannot be observed (its probe cannot reach it).") UNREACHABLE,
    @JsonProperty("lag-above") @JsonPropertyDescription("Replica lag is above threshold (over window, at percentile, when given).") LAG_ABOVE,
    @JsonProperty("lag-below") @JsonPropertyDescription("Replica lag is below threshold (over window, at percentile, when given).") LAG_BELOW,
    @JsonProperty("is-primary") @JsonPropertyDescription("The resource is acting as primary.") IS_PRIMARY,
    @JsonProperty("is-replica") @JsonPropertyDescription("The resource is acting as a replica.") IS_REPLICA,
    @JsonProperty("health-event") @JsonPropertyDescription("The provider reports a health event (azure-service-health, aws-health).") HEALTH_EVENT,
    /** Failed samples (unreachable, down, or an HTTP status of 500 or more) over the window, above {@code percent}. */
    @JsonProperty("error-rate-above") @JsonPropertyDescription("Failed samples (unreachable, down, or HTTP 500 or more) over window, above percent, e.g. 50.") ERROR_RATE_ABOVE,
    /** Successful samples over the window, below {@code percent}. */
    @JsonProperty("availability-below") @JsonPropertyDescription("Successful samples over window, below percent, e.g. 99.5.") AVAILABILITY_BELOW,
    /** The {@code percentile} of sampled latency over the window, above {@code threshold}. */
    @JsonProperty("latency-above") @JsonPropertyDescription("The percentile (e.g. 95) of sampled latency over window, above threshold (e.g. 10s).") LATENCY_ABOVE
}

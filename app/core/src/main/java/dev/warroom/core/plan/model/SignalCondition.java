package dev.warroom.core.plan.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What a signal tests on each selected resource. */
public enum SignalCondition {
    @JsonProperty("down") DOWN,
    @JsonProperty("healthy") HEALTHY,
    @JsonProperty("unreachable") UNREACHABLE,
    @JsonProperty("lag-above") LAG_ABOVE,
    @JsonProperty("lag-below") LAG_BELOW,
    @JsonProperty("is-primary") IS_PRIMARY,
    @JsonProperty("is-replica") IS_REPLICA,
    @JsonProperty("health-event") HEALTH_EVENT,
    /** Failed samples (unreachable, down, or an HTTP status of 500 or more) over the window, above {@code percent}. */
    @JsonProperty("error-rate-above") ERROR_RATE_ABOVE,
    /** Successful samples over the window, below {@code percent}. */
    @JsonProperty("availability-below") AVAILABILITY_BELOW,
    /** The {@code percentile} of sampled latency over the window, above {@code threshold}. */
    @JsonProperty("latency-above") LATENCY_ABOVE
}

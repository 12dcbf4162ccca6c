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
    @JsonProperty("health-event") HEALTH_EVENT
}

package dev.warroom.core.plan.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A state a step condition can ask of a resource's latest reading. */
public enum ConditionState {
    @JsonProperty("reachable") REACHABLE,
    @JsonProperty("unreachable") UNREACHABLE,
    @JsonProperty("healthy") HEALTHY,
    @JsonProperty("down") DOWN,
    @JsonProperty("primary") PRIMARY,
    @JsonProperty("replica") REPLICA
}

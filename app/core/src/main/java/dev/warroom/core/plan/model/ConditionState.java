package dev.warroom.core.plan.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/** A state a step condition can ask of a resource's latest reading. */
public enum ConditionState {
    @JsonProperty("reachable") @JsonPropertyDescription("The resource's latest reading was observed (its probe reached it).") REACHABLE,
    @JsonProperty("unreachable") @JsonPropertyDescription("The resource could not be observed.") UNREACHABLE,
    @JsonProperty("healthy") @JsonPropertyDescription("The resource's latest reading is healthy.") HEALTHY,
    @JsonProperty("down") @JsonPropertyDescription("The resource's latest reading is down.") DOWN,
    @JsonProperty("primary") @JsonPropertyDescription("The resource is acting as a writable primary.") PRIMARY,
    @JsonProperty("replica") @JsonPropertyDescription("The resource is acting as a replica.") REPLICA
}

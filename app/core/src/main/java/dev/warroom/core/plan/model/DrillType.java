package dev.warroom.core.plan.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/** Kinds of drill. */
public enum DrillType {
    @JsonProperty("tabletop") @JsonPropertyDescription("Discussion-based walk-through on the simulated world.") TABLETOP,
    @JsonProperty("partial-failover") @JsonPropertyDescription("Fail over some components.") PARTIAL_FAILOVER,
    @JsonProperty("full-failover") @JsonPropertyDescription("Fail over the whole system.") FULL_FAILOVER,
    @JsonProperty("surprise") @JsonPropertyDescription("Unannounced drill.") SURPRISE,
    @JsonProperty("backup-restore") @JsonPropertyDescription("Restore from backup.") BACKUP_RESTORE,
    @JsonProperty("component-failure") @JsonPropertyDescription("Break one component.") COMPONENT_FAILURE,
    @JsonProperty("plan-review") @JsonPropertyDescription("Review the plan itself.") PLAN_REVIEW
}

package dev.warroom.core.plan.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Kinds of drill. */
public enum DrillType {
    @JsonProperty("tabletop") TABLETOP,
    @JsonProperty("partial-failover") PARTIAL_FAILOVER,
    @JsonProperty("full-failover") FULL_FAILOVER,
    @JsonProperty("surprise") SURPRISE,
    @JsonProperty("backup-restore") BACKUP_RESTORE,
    @JsonProperty("component-failure") COMPONENT_FAILURE,
    @JsonProperty("plan-review") PLAN_REVIEW
}

package dev.warroom.core.plan.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Replication role of a resource as designed (live state may differ). */
public enum ResourceRole {
    @JsonProperty("primary") PRIMARY,
    @JsonProperty("replica") REPLICA,
    @JsonProperty("standby") STANDBY,
    @JsonProperty("active") ACTIVE,
    @JsonProperty("passive") PASSIVE,
    @JsonProperty("backup") BACKUP
}

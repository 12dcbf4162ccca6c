package dev.warroom.core.plan.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/** Replication role of a resource as designed (live state may differ). */
public enum ResourceRole {
    @JsonProperty("primary") @JsonPropertyDescription("Takes writes in the design.") PRIMARY,
    @JsonProperty("replica") @JsonPropertyDescription("Replicates from another resource (see replicaOf).") REPLICA,
    @JsonProperty("standby") @JsonPropertyDescription("Kept ready to take over.") STANDBY,
    @JsonProperty("active") @JsonPropertyDescription("Serves traffic in an active-active pair.") ACTIVE,
    @JsonProperty("passive") @JsonPropertyDescription("Idle until failover in an active-passive pair.") PASSIVE,
    @JsonProperty("backup") @JsonPropertyDescription("Holds backups only.") BACKUP
}

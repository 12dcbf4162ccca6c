package dev.warroom.core.plan.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/** What a site is for in the DR design. */
public enum SiteRole {
    @JsonProperty("primary") @JsonPropertyDescription("Serves production in normal operation.") PRIMARY,
    @JsonProperty("dr") @JsonPropertyDescription("The disaster-recovery site failed over to.") DR,
    @JsonProperty("standby") @JsonPropertyDescription("Kept ready to take over.") STANDBY,
    @JsonProperty("cold") @JsonPropertyDescription("Built only when needed.") COLD,
    @JsonProperty("shared") @JsonPropertyDescription("Serves every site (global DNS, CDN, control plane).") SHARED
}

package dev.warroom.core.plan.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What a site is for in the DR design. */
public enum SiteRole {
    @JsonProperty("primary") PRIMARY,
    @JsonProperty("dr") DR,
    @JsonProperty("standby") STANDBY,
    @JsonProperty("cold") COLD,
    @JsonProperty("shared") SHARED
}

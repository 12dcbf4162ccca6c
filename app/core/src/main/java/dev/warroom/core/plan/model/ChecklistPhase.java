package dev.warroom.core.plan.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** When a checklist applies. */
public enum ChecklistPhase {
    @JsonProperty("pre") PRE,
    @JsonProperty("during") DURING,
    @JsonProperty("post") POST,
    @JsonProperty("failback") FAILBACK,
    @JsonProperty("drill") DRILL
}

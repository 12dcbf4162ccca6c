package dev.warroom.core.plan.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/** When a checklist applies. */
public enum ChecklistPhase {
    @JsonProperty("pre") @JsonPropertyDescription("Before the failover: readiness and pre-checks.") PRE,
    @JsonProperty("during") @JsonPropertyDescription("While the incident is being handled.") DURING,
    @JsonProperty("post") @JsonPropertyDescription("After recovery.") POST,
    @JsonProperty("failback") @JsonPropertyDescription("Returning to the primary site.") FAILBACK,
    @JsonProperty("drill") @JsonPropertyDescription("Around a drill.") DRILL
}

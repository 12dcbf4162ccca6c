package dev.warroom.core.plan.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.time.Duration;
import java.util.List;

/** A disaster scenario the plan prepares for. */
public record Scenario(
        @JsonProperty(required = true) String id,
        @JsonProperty(required = true) String title,
        String titleEn,
        @JsonProperty(required = true) @JsonPropertyDescription("pod-crash, database-failure, region-failure, security-incident ...") String type,
        String scope,
        String likelihood,
        String impact,
        String impactDescription,
        String severity,
        List<String> detection,
        List<String> automaticResponse,
        List<ResponseStep> manualResponse,
        List<ResponseStep> recoveryResponse,
        @JsonPropertyDescription("Expected recovery time: the upper bound of what the document says.") Duration recoveryTime,
        @JsonPropertyDescription("What the document says about data loss, as written.") String dataLoss,
        @JsonPropertyDescription("Upper bound of data loss as a duration, where the document gives one.") Duration maxDataLoss,
        String manualIntervention,
        String strategy,
        @JsonPropertyDescription("Decision-tree node where this scenario enters; defaults to the tree's start.") String entry,
        @JsonPropertyDescription("Faults the simulated world starts with when this scenario is chosen.") List<Fault> faults) {

    public Scenario {
        detection = Lists.of(detection);
        automaticResponse = Lists.of(automaticResponse);
        manualResponse = Lists.of(manualResponse);
        recoveryResponse = Lists.of(recoveryResponse);
        faults = Lists.of(faults);
    }
}

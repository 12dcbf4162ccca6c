package dev.warroom.core.plan.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.time.Duration;
import java.util.List;

/** A disaster scenario the plan prepares for. */
public record Scenario(
        @JsonProperty(required = true) @JsonPropertyDescription("Scenario id: lowercase kebab-case ASCII (region-failure); run --scenario and a drill's scenario name it.")
        String id,
        @JsonProperty(required = true) @JsonPropertyDescription("Name as written.") String title,
        @JsonPropertyDescription("The same in English, where the document writes it in another language; shown beside it in English displays.")
        String titleEn,
        @JsonProperty(required = true) @JsonPropertyDescription("pod-crash, database-failure, region-failure, security-incident ...") String type,
        @JsonPropertyDescription("What is affected, as written, e.g. the whole East US region.") String scope,
        @JsonPropertyDescription("Likelihood, as written, e.g. low.") String likelihood,
        @JsonPropertyDescription("Impact, as written, e.g. high.") String impact,
        @JsonPropertyDescription("A longer description of the impact, as written.") String impactDescription,
        @JsonPropertyDescription("Severity, as written; when it names a level id of targets.severities (e.g. critical) that level is the default when the scenario opens an incident.")
        String severity,
        @JsonPropertyDescription("How the disaster is detected (alerts, health checks), as written.") List<String> detection,
        @JsonPropertyDescription("What happens without anyone acting (automatic failover, restarts), as written.") List<String> automaticResponse,
        @JsonPropertyDescription("What people do, each line with the time the document allows for it.") List<ResponseStep> manualResponse,
        @JsonPropertyDescription("The recovery steps, each line with the time the document allows for it.") List<ResponseStep> recoveryResponse,
        @JsonPropertyDescription("Expected recovery time: the upper bound of what the document says.") Duration recoveryTime,
        @JsonPropertyDescription("What the document says about data loss, as written.") String dataLoss,
        @JsonPropertyDescription("Upper bound of data loss as a duration, where the document gives one.") Duration maxDataLoss,
        @JsonPropertyDescription("Whether and how people must step in, as written.") String manualIntervention,
        @JsonPropertyDescription("Recovery strategy, as written; also where a range's original text goes when recoveryTime keeps its upper bound.")
        String strategy,
        @JsonPropertyDescription("Decision-tree node where this scenario enters; defaults to the tree's start.") String entry,
        @JsonPropertyDescription("Faults the simulated world starts with when this scenario is chosen.") List<Fault> faults,
        @JsonPropertyDescription("Procedures the simulated world has already carried out when this scenario starts, in order, e.g. the failover for a failback scenario. In TABLETOP their action steps are applied an hour before the impact, with their parameters' defaults, so the world starts failed over; a DRILL environment must be brought to that state by hand.")
        List<String> startsAfter) {

    /** A scenario whose world starts as designed (no procedure already carried out). */
    public Scenario(String id, String title, String titleEn, String type, String scope, String likelihood, String impact,
            String impactDescription, String severity, List<String> detection, List<String> automaticResponse,
            List<ResponseStep> manualResponse, List<ResponseStep> recoveryResponse, Duration recoveryTime, String dataLoss,
            Duration maxDataLoss, String manualIntervention, String strategy, String entry, List<Fault> faults) {
        this(id, title, titleEn, type, scope, likelihood, impact, impactDescription, severity, detection, automaticResponse, manualResponse,
                recoveryResponse, recoveryTime, dataLoss, maxDataLoss, manualIntervention, strategy, entry, faults, List.of());
    }

    public Scenario {
        startsAfter = Lists.of(startsAfter);
        detection = Lists.of(detection);
        automaticResponse = Lists.of(automaticResponse);
        manualResponse = Lists.of(manualResponse);
        recoveryResponse = Lists.of(recoveryResponse);
        faults = Lists.of(faults);
    }
}

package dev.warroom.core.plan.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;

/**
 * One system's disaster-recovery plan, as written in {@code plans/<system>.yaml}.
 * Immutable; lists are never null.
 */
public record Plan(
        @JsonProperty(required = true) @JsonPropertyDescription("Plan format version; 1 for now.") int formatVersion,
        @JsonProperty(required = true) @JsonPropertyDescription("Short identifier, e.g. ai-workflow.") String id,
        @JsonProperty(required = true) @JsonPropertyDescription("The system this plan recovers.") String system,
        @JsonPropertyDescription("One-paragraph summary shown on the start screen.") String summary,
        @JsonProperty(required = true) Source source,
        @JsonProperty(required = true) RecoveryTargets targets,
        @JsonProperty(required = true) List<Site> sites,
        List<Backup> backups,
        List<Scenario> scenarios,
        @JsonProperty(required = true) DecisionTree decisionTree,
        @JsonProperty(required = true) List<Procedure> procedures,
        List<Checklist> checklists,
        List<Drill> drills,
        List<Role> roles,
        List<Contact> contacts,
        Escalation escalation,
        Communication communication,
        List<Signal> signals,
        List<DegradationLevel> degradationLevels,
        @JsonPropertyDescription("Seed content that has no structured home (prevention, maintenance, lessons), kept verbatim.")
        List<ReferenceSection> reference,
        @JsonPropertyDescription("What a DRILL of this plan may touch besides loopback (always included): hosts and networks,"
                + " AWS profiles, Azure subscriptions, Kubernetes contexts. Anything else is not observed in DRILL.")
        DrillEnvironment drillEnvironment,
        @JsonPropertyDescription("The plan's own report templates, e.g. the report its source document asks for.")
        List<ReportTemplate> reportTemplates) {

    public Plan {
        sites = Lists.of(sites);
        backups = Lists.of(backups);
        scenarios = Lists.of(scenarios);
        procedures = Lists.of(procedures);
        checklists = Lists.of(checklists);
        drills = Lists.of(drills);
        roles = Lists.of(roles);
        contacts = Lists.of(contacts);
        signals = Lists.of(signals);
        degradationLevels = Lists.of(degradationLevels);
        reference = Lists.of(reference);
        reportTemplates = Lists.of(reportTemplates);
        drillEnvironment = drillEnvironment == null ? DrillEnvironment.loopbackOnly() : drillEnvironment;
    }
}

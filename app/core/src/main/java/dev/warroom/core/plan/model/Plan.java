package dev.warroom.core.plan.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;
import java.util.Optional;

/**
 * One system's disaster-recovery plan, as written in {@code plans/<system>.yaml}.
 * Immutable; lists are never null.
 */
public record Plan(
        @JsonProperty(required = true) @JsonPropertyDescription("Plan format version; 1 for now.") int formatVersion,
        @JsonProperty(required = true) @JsonPropertyDescription("Short identifier, e.g. ai-workflow.") String id,
        @JsonProperty(required = true) @JsonPropertyDescription("The system this plan recovers.") String system,
        @JsonPropertyDescription("One-paragraph summary shown on the start screen.") String summary,
        @JsonProperty(required = true) @JsonPropertyDescription("The DR document this plan was written from: title, file, version, date, language. Required.")
        Source source,
        @JsonProperty(required = true) @JsonPropertyDescription("Recovery objectives: overall RTO and RPO (required), severity levels, per-service targets, the DR tier, the RTO budget.")
        RecoveryTargets targets,
        @JsonProperty(required = true) @JsonPropertyDescription("Regions or sites (primary, DR, standby ...) and the resources in each that WarRoom observes. At least one.")
        List<Site> sites,
        @JsonPropertyDescription("Backups and replication streams the recovery relies on, as the document describes them. Reference only.")
        List<Backup> backups,
        @JsonPropertyDescription("Disasters the plan prepares for (region failure, database failure ...); each can enter the decision tree at its own node and seed the simulated world with faults.")
        List<Scenario> scenarios,
        @JsonProperty(required = true) @JsonPropertyDescription("The failover decision tree: questions the commander answers, procedures, waits, reassess nodes and ends. Required.")
        DecisionTree decisionTree,
        @JsonProperty(required = true) @JsonPropertyDescription("Ordered step lists the decision tree leads to, e.g. 'promote the DR database'. At least one.")
        List<Procedure> procedures,
        @JsonPropertyDescription("Checklists per incident phase (pre, during, post, failback, drill), ticked by a role.") List<Checklist> checklists,
        @JsonPropertyDescription("Drills the plan schedules: type, objectives, success criteria with their own bounds, the injects and cleanup.")
        List<Drill> drills,
        @JsonPropertyDescription("Roles in the response team (incident commander, DBA ...); steps, checklist items and escalation rungs name them by id.")
        List<Role> roles,
        @JsonPropertyDescription("Vendors, emergency lines and teams to call, as the document lists them. Reference only.") List<Contact> contacts,
        @JsonPropertyDescription("Escalation ladder, required response time per alert severity, and the on-call rota.") Escalation escalation,
        @JsonPropertyDescription("Where the incident is talked about (channels notify.chat can post to), the update cadence, and notices to people outside the team.")
        Communication communication,
        @JsonPropertyDescription("Named conditions over live state (a resource down, replica lag above 60s, error rate above 50 % over 5m) that suggest answers to the tree's questions.")
        List<Signal> signals,
        @JsonPropertyDescription("Graceful-degradation modes the system can fall back to, as the document describes them. Reference only.")
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

    /** The resource with this id, in whichever site holds it. */
    public Optional<Resource> resource(String id) {
        return sites.stream().flatMap(site -> site.resources().stream()).filter(r -> r.id().equals(id)).findFirst();
    }
}

package dev.warroom.core.plan.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.time.Duration;
import java.util.List;

/** Overall and per-service recovery objectives. */
public record RecoveryTargets(
        @JsonProperty(required = true) @JsonPropertyDescription("Overall recovery time objective, e.g. 90m.") Duration rto,
        @JsonProperty(required = true) @JsonPropertyDescription("Overall recovery point objective, e.g. 15m.") Duration rpo,
        @JsonPropertyDescription("Mean time to recover the document targets, a duration, e.g. 30m. Reference only.") Duration mttr,
        @JsonPropertyDescription("Availability target in percent, e.g. 99.9.") Double availability,
        @JsonPropertyDescription("Downtime the availability target allows per month, e.g. 43m.") Duration allowedMonthlyDowntime,
        @JsonPropertyDescription("The DR tier the document chose (e.g. level 4, warm standby), with its worded RPO, RTO and cost.") Tier tier,
        @JsonPropertyDescription("How the document defines RTO, e.g. detection + decision + recovery + verification.")
        RtoBudget rtoBudget,
        @JsonPropertyDescription("Severity levels (e.g. critical, major, minor), each with its own RTO and RPO. The level chosen when an incident opens sets its clocks and the report's targets; without one the overall rto and rpo apply.")
        List<SeverityTarget> severities,
        @JsonPropertyDescription("Recovery objectives per service (RTO, RPO, priority, strategy), as the document lists them.")
        List<ServiceTarget> services,
        @JsonPropertyDescription("Anything else the document says about its targets, as written.") List<String> notes) {

    public RecoveryTargets {
        severities = Lists.of(severities);
        services = Lists.of(services);
        notes = Lists.of(notes);
    }
}

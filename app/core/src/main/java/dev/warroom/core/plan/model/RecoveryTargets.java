package dev.warroom.core.plan.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.time.Duration;
import java.util.List;

/** Overall and per-service recovery objectives. */
public record RecoveryTargets(
        @JsonProperty(required = true) @JsonPropertyDescription("Overall recovery time objective, e.g. 90m.") Duration rto,
        @JsonProperty(required = true) @JsonPropertyDescription("Overall recovery point objective, e.g. 15m.") Duration rpo,
        Duration mttr,
        @JsonPropertyDescription("Availability target in percent, e.g. 99.9.") Double availability,
        @JsonPropertyDescription("Downtime the availability target allows per month, e.g. 43m.") Duration allowedMonthlyDowntime,
        Tier tier,
        @JsonPropertyDescription("How the document defines RTO, e.g. detection + decision + recovery + verification.")
        RtoBudget rtoBudget,
        List<SeverityTarget> severities,
        List<ServiceTarget> services,
        List<String> notes) {

    public RecoveryTargets {
        severities = Lists.of(severities);
        services = Lists.of(services);
        notes = Lists.of(notes);
    }
}

package dev.warroom.core.plan.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.time.Duration;

/** Per-service recovery objective. */
public record ServiceTarget(
        @JsonProperty(required = true) @JsonPropertyDescription("Service id: lowercase kebab-case ASCII (checkout, search).") String id,
        @JsonProperty(required = true) @JsonPropertyDescription("Service name as written.") String name,
        @JsonPropertyDescription("Business impact of losing the service, as written.") String impact,
        @JsonPropertyDescription("The impact in English, where the document writes it in another language.") String impactEn,
        @JsonPropertyDescription("The service's RPO, a duration, e.g. 5m.") Duration rpo,
        @JsonPropertyDescription("The service's RTO, a duration, e.g. 30m.") Duration rto,
        @JsonPropertyDescription("Recovery priority as written, e.g. P0.") String priority,
        @JsonPropertyDescription("The service's DR strategy, as written (e.g. active-passive with a warm standby).") String strategy,
        @JsonPropertyDescription("The strategy in English, where the document writes it in another language.") String strategyEn,
        @JsonPropertyDescription("Notes, e.g. the document's original range where rto or rpo keeps only its upper bound.") String notes) {
}

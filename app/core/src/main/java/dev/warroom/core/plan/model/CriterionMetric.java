package dev.warroom.core.plan.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/** What a success criterion measures. */
public enum CriterionMetric {
    @JsonProperty("rto") @JsonPropertyDescription("Recovery time, judged against the criterion's max.") RTO,
    @JsonProperty("rpo") @JsonPropertyDescription("Recovery point (data written before the failure that was lost), judged against max.") RPO,
    @JsonProperty("data-loss") @JsonPropertyDescription("Data lost, as a duration, judged against max.") DATA_LOSS,
    @JsonProperty("custom") @JsonPropertyDescription("Anything else; the facilitator judges it from its title.") CUSTOM
}

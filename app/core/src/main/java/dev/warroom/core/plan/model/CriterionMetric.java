package dev.warroom.core.plan.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What a success criterion measures. */
public enum CriterionMetric {
    @JsonProperty("rto") RTO,
    @JsonProperty("rpo") RPO,
    @JsonProperty("data-loss") DATA_LOSS,
    @JsonProperty("custom") CUSTOM
}

package dev.warroom.core.plan.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Outcomes WarRoom can watch for. */
public enum VerifyCondition {
    @JsonProperty("is-primary") IS_PRIMARY,
    @JsonProperty("is-replica") IS_REPLICA,
    @JsonProperty("healthy") HEALTHY,
    @JsonProperty("replicas-ready") REPLICAS_READY,
    @JsonProperty("resolves-to") RESOLVES_TO,
    @JsonProperty("http-status") HTTP_STATUS,
    @JsonProperty("lag-below") LAG_BELOW,
    @JsonProperty("query-returns") QUERY_RETURNS,
    @JsonProperty("traffic-to") TRAFFIC_TO,
    @JsonProperty("delivered") DELIVERED,
    @JsonProperty("manual-check") MANUAL_CHECK
}

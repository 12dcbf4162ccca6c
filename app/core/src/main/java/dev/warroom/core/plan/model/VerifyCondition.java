package dev.warroom.core.plan.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/** Outcomes WarRoom can watch for. */
public enum VerifyCondition {
    @JsonProperty("is-primary") @JsonPropertyDescription("The resource is a writable primary.") IS_PRIMARY,
    @JsonProperty("is-replica") @JsonPropertyDescription("The resource is a replica.") IS_REPLICA,
    @JsonProperty("healthy") @JsonPropertyDescription("The resource reports healthy.") HEALTHY,
    @JsonProperty("replicas-ready") @JsonPropertyDescription("A deployment's ready replicas reach value (a count).") REPLICAS_READY,
    @JsonProperty("resolves-to") @JsonPropertyDescription("A DNS name resolves to value (an address).") RESOLVES_TO,
    @JsonProperty("http-status") @JsonPropertyDescription("An endpoint answers with value (a status code).") HTTP_STATUS,
    @JsonProperty("lag-below") @JsonPropertyDescription("Replica lag is below value (a duration, e.g. 30s).") LAG_BELOW,
    @JsonProperty("query-returns") @JsonPropertyDescription("A query returns value (the expected result).") QUERY_RETURNS,
    @JsonProperty("traffic-to") @JsonPropertyDescription("Traffic goes to value: the origin, endpoint or site serving it.") TRAFFIC_TO,
    @JsonProperty("delivered") @JsonPropertyDescription("A notify.chat message was delivered or queued for retry.") DELIVERED,
    @JsonProperty("manual-check") @JsonPropertyDescription("A person, asked the title once the work is done, answers yes or no.") MANUAL_CHECK
}

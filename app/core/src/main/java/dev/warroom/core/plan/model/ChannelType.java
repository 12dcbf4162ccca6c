package dev.warroom.core.plan.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/** Kinds of communication channel. */
public enum ChannelType {
    @JsonProperty("slack") @JsonPropertyDescription("A Slack channel; notify.chat posts through its webhookEnv.") SLACK,
    @JsonProperty("teams") @JsonPropertyDescription("A Microsoft Teams channel; notify.chat posts through its webhookEnv.") TEAMS,
    @JsonProperty("email") @JsonPropertyDescription("An email address or list.") EMAIL,
    @JsonProperty("phone") @JsonPropertyDescription("A phone line or conference bridge.") PHONE,
    @JsonProperty("pagerduty") @JsonPropertyDescription("A PagerDuty service.") PAGERDUTY,
    @JsonProperty("video") @JsonPropertyDescription("A video call (Zoom, Meet, Teams meeting).") VIDEO,
    @JsonProperty("status-page") @JsonPropertyDescription("A public or internal status page.") STATUS_PAGE,
    @JsonProperty("in-app") @JsonPropertyDescription("A notice inside the product.") IN_APP,
    @JsonProperty("other") @JsonPropertyDescription("Anything else.") OTHER
}

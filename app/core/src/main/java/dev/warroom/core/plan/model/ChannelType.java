package dev.warroom.core.plan.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Kinds of communication channel. */
public enum ChannelType {
    @JsonProperty("slack") SLACK,
    @JsonProperty("teams") TEAMS,
    @JsonProperty("email") EMAIL,
    @JsonProperty("phone") PHONE,
    @JsonProperty("pagerduty") PAGERDUTY,
    @JsonProperty("video") VIDEO,
    @JsonProperty("status-page") STATUS_PAGE,
    @JsonProperty("in-app") IN_APP,
    @JsonProperty("other") OTHER
}

package dev.warroom.core.plan.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/** A communication channel. Webhook URLs carry tokens, so only the environment variable's name is written. */
public record Channel(
        @JsonProperty(required = true) String id,
        @JsonProperty(required = true) ChannelType type,
        @JsonProperty(required = true) String title,
        String titleEn,
        @JsonPropertyDescription("Channel name, address or link, e.g. #incident-response.") String address,
        @JsonPropertyDescription("Environment variable holding the webhook URL, e.g. WARROOM_SLACK_WEBHOOK.") String webhookEnv,
        String purpose) {
}

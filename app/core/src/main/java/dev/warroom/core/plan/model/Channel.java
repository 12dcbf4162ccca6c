package dev.warroom.core.plan.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/** A communication channel. Webhook URLs carry tokens, so only the environment variable's name is written. */
public record Channel(
        @JsonProperty(required = true) @JsonPropertyDescription("Channel id: lowercase kebab-case ASCII (slack-incident); the target of notify.chat.")
        String id,
        @JsonProperty(required = true) @JsonPropertyDescription("Kind of channel: slack, teams, email, phone, pagerduty, video, status-page, in-app or other.")
        ChannelType type,
        @JsonProperty(required = true) @JsonPropertyDescription("Name as written.") String title,
        @JsonPropertyDescription("The same in English, where the document writes it in another language; shown beside it in English displays.")
        String titleEn,
        @JsonPropertyDescription("Channel name, address or link, e.g. #incident-response.") String address,
        @JsonPropertyDescription("Environment variable holding the webhook URL, e.g. WARROOM_SLACK_WEBHOOK.") String webhookEnv,
        @JsonPropertyDescription("What it is used for, as written.") String purpose) {
}

package dev.warroom.connectors.web.chat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.warroom.core.plan.model.ChannelType;
import java.net.URI;
import java.util.Locale;

/**
 * The JSON a webhook expects: Slack (and Slack-compatible "other" webhooks) take {@code {"text": …}};
 * a Teams Office 365 connector (…webhook.office.com) takes a MessageCard; a Teams Workflows webhook
 * (Power Automate) takes a message with an Adaptive Card attachment.
 */
public final class ChatPayloads {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int SUMMARY = 80;

    private ChatPayloads() {
    }

    public static String of(ChannelType type, URI webhook, String text) {
        if (type != ChannelType.TEAMS) {
            return JSON.createObjectNode().put("text", slackEscaped(text)).toString();
        }
        String host = webhook.getHost() == null ? "" : webhook.getHost().toLowerCase(Locale.ROOT);
        return host.endsWith("webhook.office.com") || host.endsWith("outlook.office.com") || host.endsWith("outlook.office365.com")
                ? messageCard(text) : adaptiveCard(text);
    }

    private static String messageCard(String text) {
        ObjectNode card = JSON.createObjectNode()
                .put("@type", "MessageCard")
                .put("@context", "https://schema.org/extensions")
                .put("summary", text.length() > SUMMARY ? text.substring(0, SUMMARY) + "…" : text)
                .put("title", "WarRoom")
                .put("text", text);
        return card.toString();
    }

    private static String adaptiveCard(String text) {
        ObjectNode message = JSON.createObjectNode().put("type", "message");
        ObjectNode attachment = message.putArray("attachments").addObject()
                .put("contentType", "application/vnd.microsoft.card.adaptive");
        attachment.putNull("contentUrl");
        ObjectNode card = attachment.putObject("content")
                .put("$schema", "http://adaptivecards.io/schemas/adaptive-card.json")
                .put("type", "AdaptiveCard")
                .put("version", "1.4");
        card.putArray("body").addObject().put("type", "TextBlock").put("text", text).put("wrap", true);
        return message.toString();
    }

    /** Slack reads &, < and > as markup. */
    private static String slackEscaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}

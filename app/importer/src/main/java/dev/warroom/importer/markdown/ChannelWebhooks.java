package dev.warroom.importer.markdown;

import dev.warroom.core.secret.SecretText;
import dev.warroom.importer.words.ImportText;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A chat channel posts through a webhook, whose URL is a secret: the drafted channel names an environment variable for
 * it ({@code SLACK_WEBHOOK_URL}) instead of holding it, and the author is told to set that variable.
 */
final class ChannelWebhooks {

    private static final Pattern WEBHOOK_URL = Pattern.compile("(?i)https?://\\S*(hook|webhook)");
    private static final Set<String> CHAT_TYPES = Set.of("slack", "teams");

    private final PlanDraft draft;
    private final Set<String> names = new HashSet<>();

    ChannelWebhooks(PlanDraft draft) {
        this.draft = draft;
    }

    /** Adds {@code webhookEnv} to a chat channel, or to any channel written with a webhook URL, dropping the redacted URL. */
    void env(Map<String, Object> channel, String written, int line) {
        String type = String.valueOf(channel.get("type"));
        boolean webhookUrl = WEBHOOK_URL.matcher(written).find();
        if (!CHAT_TYPES.contains(type) && !webhookUrl) {
            return;
        }
        String prefix = CHAT_TYPES.contains(type) ? type.toUpperCase(Locale.ROOT) : "CHAT";
        String name = prefix + "_WEBHOOK_URL";
        if (!names.add(name)) {
            name = prefix + "_" + String.valueOf(channel.get("id")).toUpperCase(Locale.ROOT).replace('-', '_') + "_WEBHOOK_URL";
            names.add(name);
        }
        channel.put("webhookEnv", name);
        if (String.valueOf(channel.get("address")).contains(SecretText.MARK) || webhookUrl) {
            channel.remove("address");
        }
        draft.warn(line, "warning.webhook", channel.get("title"), name);
    }
}

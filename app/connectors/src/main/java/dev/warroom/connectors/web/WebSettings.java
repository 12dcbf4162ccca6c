package dev.warroom.connectors.web;

import dev.warroom.connectors.ConnectorSettings;
import dev.warroom.connectors.web.chat.RetryPolicy;
import dev.warroom.core.time.DurationText;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * The web family's settings, read from {@link ConnectorSettings}:
 * {@code WARROOM_WEB_TIMEOUT} (each HTTP and DNS call, default 4s), {@code WARROOM_DNS_RESOLVER}
 * (host[:port] used when a dns-record names no {@code resolver}; default: the system's first resolver),
 * {@code WARROOM_PLAN_DIR} (where shell.run starts; default: the current directory),
 * {@code WARROOM_CHAT_OUTBOX} (the name under which the chat outbox can be found, see
 * {@link dev.warroom.connectors.web.chat.ChatOutboxes}), and the outbox's retry policy
 * {@code WARROOM_CHAT_RETRY_FIRST} (2s), {@code WARROOM_CHAT_RETRY_MAX} (2m), {@code WARROOM_CHAT_RETRY_TRIES} (12).
 */
public record WebSettings(Duration timeout, Optional<String> resolver, Path planDir, String outboxName, RetryPolicy retry) {

    public static final String TIMEOUT = "WARROOM_WEB_TIMEOUT";
    public static final String RESOLVER = "WARROOM_DNS_RESOLVER";
    public static final String PLAN_DIR = ConnectorSettings.PLAN_DIR;
    public static final String OUTBOX = "WARROOM_CHAT_OUTBOX";
    public static final String RETRY_FIRST = "WARROOM_CHAT_RETRY_FIRST";
    public static final String RETRY_MAX = "WARROOM_CHAT_RETRY_MAX";
    public static final String RETRY_TRIES = "WARROOM_CHAT_RETRY_TRIES";

    /** Reads the settings; a malformed value is an {@link IllegalArgumentException} naming the variable. */
    public static WebSettings from(ConnectorSettings settings) {
        Duration timeout = duration(settings, TIMEOUT, Duration.ofSeconds(4));
        RetryPolicy retry = new RetryPolicy(duration(settings, RETRY_FIRST, Duration.ofSeconds(2)),
                duration(settings, RETRY_MAX, Duration.ofMinutes(2)), tries(settings));
        Path planDir = settings.get(PLAN_DIR).map(Path::of).orElse(Path.of("").toAbsolutePath());
        return new WebSettings(timeout, settings.get(RESOLVER).map(String::strip), planDir,
                settings.get(OUTBOX).map(String::strip).orElse("default"), retry);
    }

    private static Duration duration(ConnectorSettings settings, String name, Duration fallback) {
        Optional<String> text = settings.get(name).map(String::strip);
        if (text.isEmpty()) {
            return fallback;
        }
        Duration d = DurationText.parse(text.get())
                .orElseThrow(() -> new IllegalArgumentException(name + ": " + DurationText.explain(text.get())));
        if (d.isZero()) {
            throw new IllegalArgumentException(name + " must be longer than 0s");
        }
        return d;
    }

    private static int tries(ConnectorSettings settings) {
        String text = settings.get(RETRY_TRIES).map(String::strip).orElse("12");
        if (!text.matches("[1-9][0-9]{0,2}")) {
            throw new IllegalArgumentException(RETRY_TRIES + " must be a whole number from 1 to 999, not '" + text + "'");
        }
        return Integer.parseInt(text);
    }
}

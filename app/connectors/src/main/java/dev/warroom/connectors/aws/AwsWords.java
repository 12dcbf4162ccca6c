package dev.warroom.connectors.aws;

import dev.warroom.core.time.DurationText;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/** How the AWS connector writes provider messages, lags and times for a commander. */
final class AwsWords {

    private static final int MAX_MESSAGE = 300;

    private AwsWords() {
    }

    /**
     * The first line of a provider message, shortened, with access key ids masked: signature errors
     * echo the key id in their canonical string, and the board is no place for it.
     */
    static String firstLine(String message) {
        if (message == null || message.isBlank()) {
            return "(no message)";
        }
        String line = message.strip().lines().findFirst().orElse("").strip();
        line = line.replaceAll("\\b(AKIA|ASIA)[A-Z0-9]{12,}\\b", "$1…");
        return line.length() <= MAX_MESSAGE ? line : line.substring(0, MAX_MESSAGE - 1) + "…";
    }

    /** Tenths of a second below a minute ({@code 1.4s}), whole seconds above ({@code 2m5s}), as the simulated world writes lag. */
    static String lag(Duration lag) {
        if (lag.compareTo(Duration.ofMinutes(1)) < 0) {
            return String.format(Locale.ROOT, "%.1fs", lag.toMillis() / 1000.0);
        }
        return DurationText.format(lag.truncatedTo(ChronoUnit.SECONDS));
    }

    static String at(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    static String lower(String text) {
        return text == null ? "" : text.toLowerCase(Locale.ROOT);
    }
}

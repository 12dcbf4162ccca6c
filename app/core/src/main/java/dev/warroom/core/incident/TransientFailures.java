package dev.warroom.core.incident;

import dev.warroom.core.time.DurationText;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells a failure worth waiting out — the provider throttled the call, was briefly unavailable, or rejected a change
 * because another one was in flight — from one that a retry cannot mend, by the words the provider's own tools print,
 * and reads the wait it asked for ("retry after 30s", "Retry-After: 30").
 */
public final class TransientFailures {

    private static final List<String> TRANSIENT_SIGNS = List.of(
            "429", "too many requests", "throttl", "rate exceeded", "rate limit",
            "412 precondition failed", "priorrequestnotcomplete", "servfail",
            "503", "service unavailable", "temporarily unavailable", "try again");

    private static final Pattern RETRY_AFTER = Pattern.compile("retry[- ]after:?\\s*((?:[0-9]+(?:ms|s|m|h|d)?)+)", Pattern.CASE_INSENSITIVE);

    private TransientFailures() {
    }

    /** Whether the failure's words say the provider may accept the same call a little later. */
    public static boolean transientFailure(String detail) {
        String words = detail.toLowerCase(Locale.ROOT);
        return TRANSIENT_SIGNS.stream().anyMatch(words::contains);
    }

    /** The wait the provider asked for, when its words name one ("retry after 2m", "Retry-After: 30" in seconds). */
    public static Optional<Duration> retryAfter(String detail) {
        Matcher m = RETRY_AFTER.matcher(detail);
        if (!m.find()) {
            return Optional.empty();
        }
        String said = m.group(1).toLowerCase(Locale.ROOT);
        if (said.chars().allMatch(Character::isDigit)) {
            return Optional.of(Duration.ofSeconds(Long.parseLong(said)));
        }
        return DurationText.parse(said);
    }
}

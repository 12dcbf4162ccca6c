package dev.warroom.core.sim;

import dev.warroom.core.plan.model.Resource;
import dev.warroom.core.time.DurationText;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the plan's free-form {@code details} of a resource as numbers and durations, forgivingly. */
final class Details {

    private static final Pattern LEADING_INT = Pattern.compile("^\\s*([0-9]{1,6})");

    private Details() {
    }

    /** The first whole number in a detail ("3", "3-10", "3 pods"), if any. */
    static Optional<Integer> count(Resource resource, String key) {
        String text = resource.details().get(key);
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = LEADING_INT.matcher(text);
        return m.find() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
    }

    /** A duration detail written like the plan's durations, or as bare seconds ("300"). */
    static Optional<Duration> duration(Resource resource, String key) {
        return durationText(resource.details().get(key));
    }

    static Optional<Duration> durationText(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String trimmed = text.strip();
        if (trimmed.matches("[0-9]{1,9}")) {
            return Optional.of(Duration.ofSeconds(Long.parseLong(trimmed)));
        }
        return DurationText.parse(trimmed);
    }

    static Optional<String> firstOf(Resource resource, String... keys) {
        for (String key : keys) {
            String value = resource.details().get(key);
            if (value != null && !value.isBlank()) {
                return Optional.of(value.strip());
            }
        }
        return Optional.empty();
    }
}

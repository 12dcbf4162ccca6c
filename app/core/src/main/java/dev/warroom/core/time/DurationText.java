package dev.warroom.core.time;

import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Durations as people write them in plans: {@code 90m}, {@code 1h}, {@code 1h30m}, {@code 45s}, {@code 500ms}, {@code 2d}. */
public final class DurationText {

    /** The accepted form, also used by the plan schema. */
    public static final String PATTERN = "^([0-9]+(ms|s|m|h|d))+$";

    /**
     * The longest duration this parser accepts: far beyond any bound a plan may use, and short enough that
     * incident time plus it never overflows ("long overflow" at run time instead of a message at validate).
     */
    public static final Duration LONGEST = Duration.ofDays(36_500);

    private static final Pattern WHOLE = Pattern.compile(PATTERN);
    private static final Pattern PART = Pattern.compile("([0-9]+)(ms|s|m|h|d)");

    private DurationText() {
    }

    public static Optional<Duration> parse(String text) {
        if (text == null || !WHOLE.matcher(text).matches()) {
            return Optional.empty();
        }
        Duration total = Duration.ZERO;
        Matcher m = PART.matcher(text);
        try {
            while (m.find()) {
                long n = Long.parseLong(m.group(1));
                total = total.plus(switch (m.group(2)) {
                    case "ms" -> Duration.ofMillis(n);
                    case "s" -> Duration.ofSeconds(n);
                    case "m" -> Duration.ofMinutes(n);
                    case "h" -> Duration.ofHours(n);
                    default -> Duration.ofDays(n);
                });
                if (total.compareTo(LONGEST) > 0) {
                    return Optional.empty();
                }
            }
        } catch (NumberFormatException | ArithmeticException e) {
            return Optional.empty();
        }
        return Optional.of(total);
    }

    /** Why {@code text} is not a duration, in words a plan author can act on. */
    public static String explain(String text) {
        if (text != null && WHOLE.matcher(text.strip()).matches()) {
            return "duration '" + text.strip() + "' is too long: WarRoom counts durations up to " + format(LONGEST)
                    + " (100 years), and a plan's own bounds are shorter";
        }
        if (text != null && text.strip().matches("[0-9]+(\\.[0-9]+)?")) {
            return "duration '" + text.strip() + "' has no unit: write e.g. " + text.strip() + "m or " + text.strip() + "s (units: ms, s, m, h, d)";
        }
        return "'" + text + "' is not a duration: write a number with a unit, e.g. 90m, 1h30m, 45s (units: ms, s, m, h, d)";
    }

    /** For people: whole seconds once a duration reaches a second ({@code 6m33s}), else milliseconds. */
    public static String human(Duration duration) {
        Duration abs = duration.abs();
        Duration shown = abs.compareTo(Duration.ofSeconds(1)) >= 0 ? Duration.ofSeconds(abs.plusMillis(500).getSeconds()) : abs;
        return (duration.isNegative() ? "-" : "") + format(shown);
    }

    /** Compact, exact form for plans and journals: {@code 1h30m}, {@code 45s}, {@code 0s}. */
    public static String format(Duration duration) {
        if (duration.isNegative()) {
            return "-" + format(duration.negated());
        }
        long ms = duration.toMillis();
        if (ms == 0) {
            return "0s";
        }
        StringBuilder out = new StringBuilder();
        long days = ms / 86_400_000L;
        ms %= 86_400_000L;
        long hours = ms / 3_600_000L;
        ms %= 3_600_000L;
        long minutes = ms / 60_000L;
        ms %= 60_000L;
        long seconds = ms / 1000L;
        ms %= 1000L;
        if (days > 0) {
            out.append(days).append('d');
        }
        if (hours > 0) {
            out.append(hours).append('h');
        }
        if (minutes > 0) {
            out.append(minutes).append('m');
        }
        if (seconds > 0) {
            out.append(seconds).append('s');
        }
        if (ms > 0) {
            out.append(ms).append("ms");
        }
        return out.toString();
    }
}

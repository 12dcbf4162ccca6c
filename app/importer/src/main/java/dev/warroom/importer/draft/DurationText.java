package dev.warroom.importer.draft;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A document's way of saying a duration turned into a plan duration: {@code < 15 min} is {@code 15m}, {@code 4 小時}
 * is {@code 4h}, {@code 4-24 hours} its upper bound {@code 24h}, {@code 1.5 hours} {@code 90m}.
 */
public final class DurationText {

    private static final Pattern AMOUNT = Pattern.compile(
            "(\\d+(?:\\.\\d+)?)(?:\\s*[-~–～至到]\\s*(\\d+(?:\\.\\d+)?))?\\s*"
                    + "(milliseconds?|ms|seconds?|secs?|s\\b|minutes?|mins?|m\\b|hours?|hrs?|h\\b|days?|d\\b"
                    + "|毫秒|秒鐘|秒钟|秒|分鐘|分钟|分|小時|小时|時|天|日)",
            Pattern.CASE_INSENSITIVE);

    private DurationText() {
    }

    /** The first duration written in {@code text}, as a plan duration; empty when the text names none. */
    public static Optional<String> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = AMOUNT.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        double amount = Double.parseDouble(m.group(2) != null ? m.group(2) : m.group(1));
        long millis = Math.round(amount * unitSeconds(m.group(3).toLowerCase(Locale.ROOT)) * 1000);
        if (millis < 0 || millis > 36_500L * 86_400_000) {
            return Optional.empty();
        }
        return Optional.of(format(millis));
    }

    private static double unitSeconds(String unit) {
        if (unit.equals("ms") || unit.startsWith("milli") || unit.equals("毫秒")) {
            return 0.001;
        }
        if (unit.startsWith("s") || unit.startsWith("秒")) {
            return 1;
        }
        if (unit.startsWith("m") || unit.startsWith("分")) {
            return 60;
        }
        if (unit.startsWith("h") || unit.startsWith("小") || unit.equals("時")) {
            return 3600;
        }
        return 86_400;
    }

    private static String format(long millis) {
        if (millis % 1000 != 0) {
            return millis + "ms";
        }
        long seconds = millis / 1000;
        if (seconds == 0) {
            return "0s";
        }
        if (seconds % 86_400 == 0 && seconds > 86_400) {
            return seconds / 86_400 + "d";
        }
        if (seconds % 3600 == 0) {
            return seconds / 3600 + "h";
        }
        if (seconds % 60 == 0) {
            return seconds / 60 + "m";
        }
        return seconds + "s";
    }
}

package dev.warroom.connectors.azure;

import dev.warroom.core.time.DurationText;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/** How Azure connectors write times and lags, the same way the simulated world does. */
public final class AzureWords {

    private AzureWords() {
    }

    /** Tenths of a second below a minute ({@code 1.4s}), whole seconds above ({@code 1m30s}). */
    public static String lag(Duration lag) {
        if (lag.compareTo(Duration.ofMinutes(1)) < 0) {
            return String.format(Locale.ROOT, "%.1fs", lag.toMillis() / 1000.0);
        }
        return DurationText.format(lag.truncatedTo(ChronoUnit.SECONDS));
    }

    /** UTC to the second: {@code 2025-01-15T10:02:00Z}. */
    public static String at(OffsetDateTime time) {
        return time.withOffsetSameInstant(ZoneOffset.UTC).toInstant().truncatedTo(ChronoUnit.SECONDS).toString();
    }

    /** The last segment of an ARM resource id: its name. */
    public static String lastSegment(String resourceId) {
        if (resourceId == null || resourceId.isBlank()) {
            return "";
        }
        String id = resourceId.endsWith("/") ? resourceId.substring(0, resourceId.length() - 1) : resourceId;
        return id.substring(id.lastIndexOf('/') + 1);
    }

    public static String lower(Object value) {
        return value == null ? "unknown" : value.toString().toLowerCase(Locale.ROOT);
    }
}

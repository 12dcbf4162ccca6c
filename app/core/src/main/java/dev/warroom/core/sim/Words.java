package dev.warroom.core.sim;

import dev.warroom.core.time.DurationText;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/** How the simulated world writes times and lags for a commander. */
final class Words {

    private Words() {
    }

    /** An instant to the second, in UTC: {@code 2025-01-15T10:02:00Z}. */
    static String at(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    /** A lag: tenths of a second below a minute ({@code 1.4s}), whole seconds above ({@code 1m30s}). */
    static String lag(Duration lag) {
        if (lag.compareTo(Duration.ofMinutes(1)) < 0) {
            return String.format(Locale.ROOT, "%.1fs", lag.toMillis() / 1000.0);
        }
        return DurationText.format(lag.truncatedTo(ChronoUnit.SECONDS));
    }
}

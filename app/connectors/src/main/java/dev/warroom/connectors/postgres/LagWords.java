package dev.warroom.connectors.postgres;

import dev.warroom.core.time.DurationText;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/** A replication lag as the board writes it: tenths of a second below a minute ({@code 1.4s}), whole seconds above ({@code 2m5s}). */
final class LagWords {

    private LagWords() {
    }

    static String of(Duration lag) {
        if (lag.compareTo(Duration.ofMinutes(1)) < 0) {
            return String.format(Locale.ROOT, "%.1fs", lag.toMillis() / 1000.0);
        }
        return DurationText.format(lag.truncatedTo(ChronoUnit.SECONDS));
    }

    static Duration ofSeconds(double seconds) {
        return Duration.ofMillis(Math.max(0, Math.round(seconds * 1000)));
    }
}

package dev.warroom.console.room.board;

import java.time.Duration;
import java.util.Locale;

/** Durations as the board and header show them: replica lag, age of a reading, and the RTO clock. */
public final class ReadingText {

    private ReadingText() {
    }

    /** Replica lag: "0.8s" and "12.4s" under a minute (tenths matter there), then "1m 30s", "2h 5m". */
    public static String lag(Duration lag) {
        Duration d = lag.isNegative() ? Duration.ZERO : lag;
        if (d.compareTo(Duration.ofMinutes(1)) < 0) {
            return String.format(Locale.ROOT, "%.1fs", d.toMillis() / 1000.0);
        }
        return coarse(d);
    }

    /** How old a reading is: "4s", "2m 5s", "1h 3m". */
    public static String age(Duration age) {
        Duration d = age.isNegative() ? Duration.ZERO : age;
        if (d.compareTo(Duration.ofMinutes(1)) < 0) {
            return d.toSeconds() + "s";
        }
        return coarse(d);
    }

    /** A running clock: "0:04:09", "12:30:00". */
    public static String clock(Duration elapsed) {
        long seconds = Math.max(0, elapsed.toSeconds());
        return String.format(Locale.ROOT, "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60);
    }

    private static String coarse(Duration d) {
        long hours = d.toHours();
        long minutes = d.toMinutesPart();
        if (hours > 0) {
            return minutes == 0 ? hours + "h" : hours + "h " + minutes + "m";
        }
        long seconds = d.toSecondsPart();
        return seconds == 0 ? minutes + "m" : minutes + "m " + seconds + "s";
    }
}

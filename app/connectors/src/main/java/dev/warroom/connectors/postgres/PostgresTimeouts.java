package dev.warroom.connectors.postgres;

import java.time.Duration;

/**
 * How long one connection may take to open and one statement to answer. Probes stay inside the
 * board's default five seconds; actions get the step's own timeout.
 */
record PostgresTimeouts(Duration connect, Duration statement) {

    static final PostgresTimeouts PROBE = new PostgresTimeouts(Duration.ofSeconds(3), Duration.ofSeconds(3));

    static PostgresTimeouts forAction(Duration stepTimeout) {
        Duration statement = stepTimeout == null || stepTimeout.isZero() || stepTimeout.isNegative() ? Duration.ofSeconds(30) : stepTimeout;
        return new PostgresTimeouts(Duration.ofSeconds(5), statement);
    }

    /** Whole seconds for the JDBC driver, never zero (zero means "wait forever" there). */
    static int seconds(Duration d) {
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, (d.toMillis() + 999) / 1000));
    }
}

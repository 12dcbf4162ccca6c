package dev.warroom.console.room.board;

import java.time.Duration;

/** How a measured time stands against its objective (RTO, RPO): fine, close (75 % used), or past it. */
public enum ObjectiveLevel {
    OK,
    WARN,
    BAD;

    static final double WARN_AT = 0.75;

    public static ObjectiveLevel of(Duration measured, Duration target) {
        if (target.isZero() || target.isNegative()) {
            return measured.isZero() || measured.isNegative() ? OK : BAD;
        }
        if (measured.compareTo(target) > 0) {
            return BAD;
        }
        return used(measured, target) >= WARN_AT ? WARN : OK;
    }

    /** The share of the objective used, 0 and up (past 1 when over). */
    public static double used(Duration measured, Duration target) {
        if (target.isZero() || target.isNegative()) {
            return measured.isZero() || measured.isNegative() ? 0 : 1;
        }
        return Math.max(0, measured.toMillis()) / (double) target.toMillis();
    }

    /** The pseudo-class name a view sets for this level. */
    public String pseudoClass() {
        return switch (this) {
            case OK -> "ok";
            case WARN -> "warn";
            case BAD -> "bad";
        };
    }
}

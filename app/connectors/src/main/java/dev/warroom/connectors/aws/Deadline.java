package dev.warroom.connectors.aws;

import java.time.Duration;

/** The end of an action's time budget ({@code request.timeout()}), on the monotonic clock. */
final class Deadline {

    private final long endNanos;
    private final long startNanos;
    private final Duration budget;

    private Deadline(Duration budget) {
        this.budget = budget;
        this.startNanos = System.nanoTime();
        this.endNanos = startNanos + budget.toNanos();
    }

    static Deadline after(Duration budget) {
        return new Deadline(budget.isNegative() ? Duration.ZERO : budget);
    }

    Duration remaining() {
        long left = endNanos - System.nanoTime();
        return left <= 0 ? Duration.ZERO : Duration.ofNanos(left);
    }

    boolean passed() {
        return remaining().isZero();
    }

    Duration elapsed() {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }

    Duration budget() {
        return budget;
    }

    /** At most {@code cap}, and never past the deadline (but at least a millisecond, which the SDK requires). */
    Duration capped(Duration cap) {
        Duration left = remaining();
        Duration d = left.compareTo(cap) < 0 ? left : cap;
        return d.isZero() ? Duration.ofMillis(1) : d;
    }
}

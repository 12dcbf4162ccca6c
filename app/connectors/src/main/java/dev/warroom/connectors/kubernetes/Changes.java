package dev.warroom.connectors.kubernetes;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;

/**
 * Wakes whoever waits for a cache to change (an action waiting for pods to come ready) as soon as
 * an informer hears of a change, instead of polling on a timer.
 */
final class Changes {

    private static final Duration LONGEST_NAP = Duration.ofSeconds(1);

    private final Clock clock;

    Changes(Clock clock) {
        this.clock = clock;
    }

    synchronized void signal() {
        notifyAll();
    }

    /** Waits until {@code condition} holds or {@code deadline} passes; returns whether it held. */
    boolean awaitUntil(BooleanSupplier condition, Instant deadline) throws InterruptedException {
        synchronized (this) {
            while (!condition.getAsBoolean()) {
                Duration left = Duration.between(clock.instant(), deadline);
                if (left.isNegative() || left.isZero()) {
                    return false;
                }
                // Naps are capped so a condition that also depends on the clock is re-checked.
                wait(Math.max(1, Math.min(left.toMillis(), LONGEST_NAP.toMillis())));
            }
            return true;
        }
    }
}

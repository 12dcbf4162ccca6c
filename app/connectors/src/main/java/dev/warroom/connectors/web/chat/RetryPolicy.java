package dev.warroom.connectors.web.chat;

import java.time.Duration;

/**
 * How the outbox retries a message it could not deliver: {@code first} after the first failed try,
 * doubling up to {@code max}, and giving up once {@code tries} tries (the first included) failed.
 */
public record RetryPolicy(Duration first, Duration max, int tries) {

    public RetryPolicy {
        if (first.isNegative() || first.isZero() || max.compareTo(first) < 0) {
            throw new IllegalArgumentException("retry back-off must start above 0s and its cap must not be shorter than its start");
        }
        if (tries < 1) {
            throw new IllegalArgumentException("a message must be tried at least once");
        }
    }

    /** The wait after {@code failedTries} failed tries. */
    public Duration backoffAfter(int failedTries) {
        int doublings = Math.max(0, Math.min(failedTries - 1, 30));
        Duration wait = first.multipliedBy(1L << doublings);
        return wait.compareTo(max) > 0 ? max : wait;
    }
}

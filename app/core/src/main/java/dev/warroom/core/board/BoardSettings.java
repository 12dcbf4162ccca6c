package dev.warroom.core.board;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * How the board polls: a timeout per probe call (default 5 s, overridable per resource kind), when a
 * reading counts as stale, exponential back-off after failures, and how many probe calls may run at
 * once. Immutable; the {@code with...} methods return changed copies.
 */
public record BoardSettings(
        Duration defaultTimeout,
        Map<String, Duration> timeoutByKind,
        Duration staleAfter,
        Duration backoffBase,
        Duration backoffCap,
        int maxConcurrentProbes) {

    public BoardSettings {
        timeoutByKind = Map.copyOf(timeoutByKind);
        requirePositive("timeout", defaultTimeout);
        timeoutByKind.forEach((kind, timeout) -> requirePositive("timeout for " + kind, timeout));
        requirePositive("staleness threshold", staleAfter);
        requirePositive("back-off", backoffBase);
        if (backoffCap.compareTo(backoffBase) < 0) {
            throw new IllegalArgumentException("the back-off cap (" + backoffCap + ") is shorter than the first back-off (" + backoffBase + ")");
        }
        if (maxConcurrentProbes < 1) {
            throw new IllegalArgumentException("at least one probe must be allowed to run, not " + maxConcurrentProbes);
        }
    }

    public static BoardSettings defaults() {
        return new BoardSettings(Duration.ofSeconds(5), Map.of(), Duration.ofSeconds(30), Duration.ofSeconds(2), Duration.ofSeconds(60), 512);
    }

    /** Defaults for a board polled every {@code interval}: stale after three missed intervals. */
    public static BoardSettings forInterval(Duration interval) {
        return defaults().withStaleAfter(interval.multipliedBy(3));
    }

    public BoardSettings withTimeout(Duration timeout) {
        return new BoardSettings(timeout, timeoutByKind, staleAfter, backoffBase, backoffCap, maxConcurrentProbes);
    }

    public BoardSettings withTimeout(String kind, Duration timeout) {
        Map<String, Duration> changed = new HashMap<>(timeoutByKind);
        changed.put(kind, timeout);
        return new BoardSettings(defaultTimeout, changed, staleAfter, backoffBase, backoffCap, maxConcurrentProbes);
    }

    public BoardSettings withStaleAfter(Duration threshold) {
        return new BoardSettings(defaultTimeout, timeoutByKind, threshold, backoffBase, backoffCap, maxConcurrentProbes);
    }

    public BoardSettings withBackoff(Duration base, Duration cap) {
        return new BoardSettings(defaultTimeout, timeoutByKind, staleAfter, base, cap, maxConcurrentProbes);
    }

    public BoardSettings withMaxConcurrentProbes(int max) {
        return new BoardSettings(defaultTimeout, timeoutByKind, staleAfter, backoffBase, backoffCap, max);
    }

    public Duration timeoutFor(String kind) {
        return timeoutByKind.getOrDefault(kind, defaultTimeout);
    }

    /** The wait before the next attempt after {@code failures} consecutive failures: base × 2^(failures−1), capped. */
    public Duration backoffAfter(int failures) {
        if (failures <= 0) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - 1, 30);
        Duration wait = backoffBase.multipliedBy(1L << doublings);
        return wait.compareTo(backoffCap) > 0 ? backoffCap : wait;
    }

    private static void requirePositive(String what, Duration d) {
        if (d == null || d.isZero() || d.isNegative()) {
            throw new IllegalArgumentException("the " + what + " must be a positive duration, not " + d);
        }
    }
}

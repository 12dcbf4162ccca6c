package dev.warroom.console.room.board;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The last few lag readings of one resource, oldest first, for its sparkline. Successive board
 * snapshots repeat the last good observation while a probe fails; a reading is kept once per
 * observation time, so a failing probe does not draw a flat line of copies. Use on one thread.
 */
public final class LagHistory {

    private final int capacity;
    private final Deque<Duration> lags = new ArrayDeque<>();
    private Instant lastObservedAt;

    public LagHistory(int capacity) {
        if (capacity < 2) {
            throw new IllegalArgumentException("a sparkline needs at least two readings, not " + capacity);
        }
        this.capacity = capacity;
    }

    /** Adds the lag observed at {@code observedAt}, unless that observation (or an older one) was already added. */
    public boolean add(Instant observedAt, Duration lag) {
        if (lastObservedAt != null && !observedAt.isAfter(lastObservedAt)) {
            return false;
        }
        lastObservedAt = observedAt;
        lags.addLast(lag);
        if (lags.size() > capacity) {
            lags.removeFirst();
        }
        return true;
    }

    /** Readings in seconds, oldest first. */
    public List<Double> seconds() {
        List<Double> values = new ArrayList<>(lags.size());
        lags.forEach(lag -> values.add(lag.toMillis() / 1000.0));
        return values;
    }

    public int size() {
        return lags.size();
    }
}

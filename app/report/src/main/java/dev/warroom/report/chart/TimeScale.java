package dev.warroom.report.chart;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Maps durations onto a pixel range, with round ticks (10s, 1m, 5m, 1h, ...) that a reader takes in at a glance. */
final class TimeScale {

    private static final long[] STEPS_MS = {
        100, 250, 500, 1_000, 2_000, 5_000, 10_000, 15_000, 30_000, 60_000, 120_000, 300_000, 600_000, 900_000,
        1_800_000, 3_600_000, 7_200_000, 10_800_000, 21_600_000, 43_200_000, 86_400_000, 172_800_000, 604_800_000
    };
    private static final int MOST_TICKS = 6;

    private final double from;
    private final double to;
    private final long stepMs;
    private final long maxMs;

    private TimeScale(double from, double to, long stepMs, long maxMs) {
        this.from = from;
        this.to = to;
        this.stepMs = stepMs;
        this.maxMs = maxMs;
    }

    /** A scale from zero to at least {@code largest}, over the pixels {@code from} to {@code to}. */
    static TimeScale upTo(Duration largest, double from, double to) {
        return upTo(largest, from, to, Duration.ZERO);
    }

    /**
     * The same with ticks {@code finest} apart at least: a scale whose labels say whole seconds ("2s") would otherwise
     * label a tick at 1.5s "2s" as well.
     */
    static TimeScale upTo(Duration largest, double from, double to, Duration finest) {
        long largestMs = Math.max(1, largest.toMillis());
        long step = STEPS_MS[STEPS_MS.length - 1];
        for (long candidate : STEPS_MS) {
            if (candidate >= finest.toMillis() && largestMs / candidate < MOST_TICKS) {
                step = candidate;
                break;
            }
        }
        long max = ((largestMs + step - 1) / step) * step;
        return new TimeScale(from, to, step, Math.max(max, step));
    }

    double at(Duration duration) {
        double ms = Math.max(0, Math.min(maxMs, duration.toMillis()));
        return from + (to - from) * ms / maxMs;
    }

    List<Duration> ticks() {
        List<Duration> ticks = new ArrayList<>();
        for (long ms = 0; ms <= maxMs; ms += stepMs) {
            ticks.add(Duration.ofMillis(ms));
        }
        return ticks;
    }
}

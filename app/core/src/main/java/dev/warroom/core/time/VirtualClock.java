package dev.warroom.core.time;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Incident time that only moves when told to: {@link #sleep} and {@link #advance} move it forward at
 * once, so tests and automatic tabletop runs take no real time. Thread-safe; concurrent sleepers each
 * move the clock by their own duration.
 */
public final class VirtualClock implements IncidentClock {

    private final AtomicReference<Instant> now;

    public VirtualClock(Instant start) {
        this.now = new AtomicReference<>(start);
    }

    @Override
    public Instant now() {
        return now.get();
    }

    @Override
    public void sleep(Duration duration) throws InterruptedException {
        if (Thread.interrupted()) {
            throw new InterruptedException("interrupted while waiting " + DurationText.format(duration) + " of incident time");
        }
        advance(duration);
    }

    /** Moves the clock forward; a negative duration is refused (incident time never runs backwards). */
    public Instant advance(Duration duration) {
        if (duration.isNegative()) {
            throw new IllegalArgumentException("the incident clock cannot go back (asked to move " + DurationText.format(duration) + ")");
        }
        return now.updateAndGet(t -> t.plus(duration));
    }

    @Override
    public double speed() {
        return Double.POSITIVE_INFINITY;
    }

    @Override
    public String toString() {
        return "virtual clock at " + now();
    }
}

package dev.warroom.core.journal;

import dev.warroom.core.time.IncidentClock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

/** A virtual incident clock that moves one second forward every time it is read. */
public final class SteppingClock implements IncidentClock {

    private final AtomicReference<Instant> now;

    public SteppingClock(Instant start) {
        this.now = new AtomicReference<>(start);
    }

    public SteppingClock() {
        this(Instant.parse("2026-03-14T09:00:00Z"));
    }

    @Override
    public Instant now() {
        return now.getAndUpdate(t -> t.plusSeconds(1));
    }

    @Override
    public void sleep(Duration duration) {
        now.updateAndGet(t -> t.plus(duration));
    }

    @Override
    public double speed() {
        return Double.POSITIVE_INFINITY;
    }
}

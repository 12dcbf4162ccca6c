package dev.warroom.core.time;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** Real time, for LIVE incidents. Thread-safe. */
public final class SystemIncidentClock implements IncidentClock {

    private final Clock clock;

    public SystemIncidentClock() {
        this(Clock.systemUTC());
    }

    public SystemIncidentClock(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Instant now() {
        return clock.instant();
    }

    @Override
    public void sleep(Duration duration) throws InterruptedException {
        if (!duration.isNegative() && !duration.isZero()) {
            Thread.sleep(duration.toMillis(), duration.toNanosPart() % 1_000_000);
        }
    }

    @Override
    public double speed() {
        return 1.0;
    }
}

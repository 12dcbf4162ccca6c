package dev.warroom.core.time;

import java.time.Duration;
import java.time.Instant;
import java.util.function.LongSupplier;

/**
 * Incident time for drills: starts at a given instant and runs at {@code speed} incident seconds per
 * real second; the facilitator can pause it, resume it and change its speed. Sleepers wake when
 * enough incident time has passed, however the speed changed meanwhile. Thread-safe.
 */
public final class AcceleratedClock implements IncidentClock {

    /** Sleepers re-check at least this often, so a jump in the real-time source never strands them. */
    private static final long LONGEST_WAIT_MILLIS = 250;

    private final LongSupplier realNanos;
    /** Incident time at the last re-anchoring (start, pause, resume, speed change). */
    private Instant anchorTime;
    private long anchorNanos;
    private double speed;
    private boolean paused;

    public AcceleratedClock(Instant start, double speed) {
        this(start, speed, System::nanoTime);
    }

    /** With an explicit real-time source, e.g. a fake one in tests. */
    public AcceleratedClock(Instant start, double speed, LongSupplier realNanos) {
        this.realNanos = realNanos;
        this.anchorTime = start;
        this.anchorNanos = realNanos.getAsLong();
        this.speed = checkedSpeed(speed);
    }

    @Override
    public synchronized Instant now() {
        if (paused) {
            return anchorTime;
        }
        long elapsedReal = realNanos.getAsLong() - anchorNanos;
        return anchorTime.plusNanos(Math.round(elapsedReal * speed));
    }

    @Override
    public synchronized double speed() {
        return paused ? 0.0 : speed;
    }

    /** The speed the clock runs at when not paused. */
    public synchronized double runningSpeed() {
        return speed;
    }

    public synchronized boolean isPaused() {
        return paused;
    }

    public synchronized void pause() {
        if (!paused) {
            reanchor();
            paused = true;
            notifyAll();
        }
    }

    public synchronized void resume() {
        if (paused) {
            anchorNanos = realNanos.getAsLong();
            paused = false;
            notifyAll();
        }
    }

    public synchronized void setSpeed(double newSpeed) {
        double checked = checkedSpeed(newSpeed);
        reanchor();
        speed = checked;
        notifyAll();
    }

    @Override
    public synchronized void sleep(Duration duration) throws InterruptedException {
        Instant until = now().plus(duration);
        while (true) {
            Instant current = now();
            if (!current.isBefore(until)) {
                return;
            }
            if (paused) {
                wait();
            } else {
                long incidentNanos = Duration.between(current, until).toNanos();
                long realWait = (long) Math.ceil(incidentNanos / speed);
                wait(Math.min(LONGEST_WAIT_MILLIS, Math.max(1, realWait / 1_000_000)));
            }
        }
    }

    private void reanchor() {
        anchorTime = now();
        anchorNanos = realNanos.getAsLong();
    }

    private static double checkedSpeed(double speed) {
        if (!(speed > 0) || Double.isInfinite(speed)) {
            throw new IllegalArgumentException("clock speed must be a positive number of incident seconds per real second, not " + speed);
        }
        return speed;
    }

    @Override
    public String toString() {
        return "accelerated clock at " + now() + (isPaused() ? " (paused)" : " ×" + runningSpeed());
    }
}

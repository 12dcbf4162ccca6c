package dev.warroom.console.robustness;

import dev.warroom.core.time.IncidentClock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;

/**
 * An incident clock whose reading never comes back to the state board's first probe call: a probe
 * that hangs for ever. The simulated world is built inside the incident runtime, so the hang comes
 * in through the clock every simulated probe reads first. The board gives each probe call its own
 * thread, named in order ({@value #FIRST_PROBE_THREAD} takes the first resource polled) and never
 * restarts a call still running, so exactly that one resource hangs. Closing the board interrupts it.
 */
final class FirstProbeHangs implements IncidentClock {

    static final String FIRST_PROBE_THREAD = "warroom-probe-1";

    private final IncidentClock clock;
    private final CountDownLatch never = new CountDownLatch(1);
    private volatile boolean holding;

    FirstProbeHangs(IncidentClock clock) {
        this.clock = clock;
    }

    @Override
    public Instant now() {
        if (Thread.currentThread().getName().equals(FIRST_PROBE_THREAD)) {
            holding = true;
            try {
                never.await();
            } catch (InterruptedException closed) {
                Thread.currentThread().interrupt();
            } finally {
                holding = false;
            }
        }
        return clock.now();
    }

    /** Whether the probe is being held right now. */
    boolean holding() {
        return holding;
    }

    @Override
    public void sleep(Duration duration) throws InterruptedException {
        clock.sleep(duration);
    }

    @Override
    public double speed() {
        return clock.speed();
    }
}

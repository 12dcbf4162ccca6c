package dev.warroom.console.robustness;

import dev.warroom.core.time.IncidentClock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;

/**
 * An incident clock that, once armed, never answers the incident's writer: the next engine command
 * (answer, note …) hangs where the journal stamps its event, until {@link #release()}. Every other
 * reader (the FX thread's clocks, the board's probes, the step worker) gets the time as usual.
 */
final class CommandsHang implements IncidentClock {

    /** The incident writer's thread (see core's {@code IncidentWriter}): one per incident, named after its plan. */
    static final String WRITER_THREAD_SUFFIX = "-writer";

    private final IncidentClock clock;
    private final CountDownLatch released = new CountDownLatch(1);
    private volatile boolean armed;
    private volatile boolean holding;

    CommandsHang(IncidentClock clock) {
        this.clock = clock;
    }

    void arm() {
        armed = true;
    }

    void release() {
        armed = false;
        released.countDown();
    }

    /** Whether a command is being held right now. */
    boolean holding() {
        return holding;
    }

    @Override
    public Instant now() {
        if (armed && Thread.currentThread().getName().endsWith(WRITER_THREAD_SUFFIX)) {
            holding = true;
            try {
                released.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                holding = false;
            }
        }
        return clock.now();
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

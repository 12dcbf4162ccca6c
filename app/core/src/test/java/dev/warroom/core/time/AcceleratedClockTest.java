package dev.warroom.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class AcceleratedClockTest {

    private static final Instant START = Instant.parse("2025-01-15T10:00:00Z");
    private static final long SECOND = 1_000_000_000L;

    private final AtomicLong realNanos = new AtomicLong(1_000 * SECOND);

    private void realSecondsPass(long seconds) {
        realNanos.addAndGet(seconds * SECOND);
    }

    @Test
    void incidentTimeRunsAtTheGivenSpeed() {
        AcceleratedClock clock = new AcceleratedClock(START, 60, realNanos::get);

        realSecondsPass(10);

        assertThat(clock.now()).isEqualTo(START.plus(Duration.ofMinutes(10)));
        assertThat(clock.speed()).isEqualTo(60.0);
    }

    @Test
    void pausingFreezesTimeAndResumingContinuesFromWhereItStopped() {
        AcceleratedClock clock = new AcceleratedClock(START, 10, realNanos::get);
        realSecondsPass(6);
        clock.pause();

        realSecondsPass(100);
        assertThat(clock.now()).isEqualTo(START.plusSeconds(60));
        assertThat(clock.speed()).isZero();

        clock.resume();
        realSecondsPass(1);
        assertThat(clock.now()).isEqualTo(START.plusSeconds(70));
        assertThat(clock.isPaused()).isFalse();
    }

    @Test
    void changingSpeedKeepsTheTimeAlreadyElapsed() {
        AcceleratedClock clock = new AcceleratedClock(START, 2, realNanos::get);
        realSecondsPass(30);

        clock.setSpeed(120);
        realSecondsPass(1);

        assertThat(clock.now()).isEqualTo(START.plusSeconds(60 + 120));
        assertThat(clock.runningSpeed()).isEqualTo(120.0);
    }

    @Test
    void aSpeedThatIsNotPositiveIsRefused() {
        assertThatThrownBy(() -> new AcceleratedClock(START, 0))
                .hasMessage("clock speed must be a positive number of incident seconds per real second, not 0.0");
        AcceleratedClock clock = new AcceleratedClock(START, 1);
        assertThatThrownBy(() -> clock.setSpeed(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSleeperWaitsOutAPauseAndWakesOnceEnoughIncidentTimeHasPassed() throws Exception {
        AcceleratedClock clock = new AcceleratedClock(START, 1, realNanos::get);
        clock.pause();
        Thread sleeper = new Thread(() -> {
            try {
                clock.sleep(Duration.ofSeconds(30));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        sleeper.start();
        awaitWaiting(sleeper);
        realSecondsPass(3600);
        assertThat(clock.now()).isEqualTo(START);

        clock.resume();
        realSecondsPass(30);
        sleeper.join(TimeUnit.SECONDS.toMillis(20));

        assertThat(sleeper.isAlive()).isFalse();
        assertThat(clock.now()).isEqualTo(START.plusSeconds(30));
    }

    /** Waits (bounded by a hang guard) until the thread is parked in the clock, so the test does not race its start. */
    private static void awaitWaiting(Thread thread) {
        await("the sleeper to wait in the clock").atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(1))
                .until(() -> thread.getState() == Thread.State.WAITING);
    }

    @Test
    void onRealTimeAHighSpeedSleepReturnsOnceItsIncidentTimeHasPassed() throws Exception {
        AcceleratedClock clock = new AcceleratedClock(START, 100_000);

        clock.sleep(Duration.ofMinutes(10));

        assertThat(clock.now()).isAfterOrEqualTo(START.plus(Duration.ofMinutes(10)));
    }
}

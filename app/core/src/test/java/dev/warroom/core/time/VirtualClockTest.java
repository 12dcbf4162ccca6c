package dev.warroom.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class VirtualClockTest {

    private static final Instant START = Instant.parse("2025-01-15T10:00:00Z");

    @Test
    void sleepingMovesTheClockAtOnce() throws Exception {
        VirtualClock clock = new VirtualClock(START);

        clock.sleep(Duration.ofMinutes(90));

        assertThat(clock.now()).isEqualTo(START.plus(Duration.ofMinutes(90)));
        assertThat(clock.speed()).isInfinite();
    }

    @Test
    void advancingReturnsTheNewTimeAndNeverGoesBack() {
        VirtualClock clock = new VirtualClock(START);

        assertThat(clock.advance(Duration.ofSeconds(5))).isEqualTo(START.plusSeconds(5));
        assertThatThrownBy(() -> clock.advance(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the incident clock cannot go back (asked to move -1s)");
    }

    @Test
    void concurrentSleepersEachMoveTheClockByTheirOwnDuration() throws Exception {
        VirtualClock clock = new VirtualClock(START);
        List<Thread> sleepers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            Thread sleeper = new Thread(() -> {
                for (int n = 0; n < 1000; n++) {
                    try {
                        clock.sleep(Duration.ofSeconds(1));
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            sleepers.add(sleeper);
            sleeper.start();
        }
        for (Thread sleeper : sleepers) {
            sleeper.join(TimeUnit.SECONDS.toMillis(20));
        }

        assertThat(clock.now()).isEqualTo(START.plusSeconds(8000));
    }

    @Test
    void anInterruptedSleeperDoesNotMoveTheClock() {
        VirtualClock clock = new VirtualClock(START);
        Thread.currentThread().interrupt();

        assertThatThrownBy(() -> clock.sleep(Duration.ofMinutes(1))).isInstanceOf(InterruptedException.class);
        assertThat(clock.now()).isEqualTo(START);
    }
}

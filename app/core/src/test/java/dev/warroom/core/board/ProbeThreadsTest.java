package dev.warroom.core.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ProbeThreadsTest {

    @Test
    void quickCallsOneAfterAnotherReuseIdleThreadsInsteadOfGrowingThePoolToItsCap() throws Exception {
        ThreadPoolExecutor pool = ProbeThreads.probePool(512);
        try {
            for (int poll = 0; poll < 50; poll++) {
                List<Future<?>> calls = new ArrayList<>();
                for (int resource = 0; resource < 20; resource++) {
                    calls.add(pool.submit(() -> { }));
                }
                for (Future<?> call : calls) {
                    call.get(5, TimeUnit.SECONDS);
                }
            }
            // a thread that has just answered may still count as busy for a moment, so a few more than 20 may start;
            // the cap (512) is what a pool that never reuses threads reaches after 1,000 calls
            assertThat(pool.getLargestPoolSize()).isLessThan(100);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void callsThatWaitEachGetTheirOwnThreadUpToTheCapAndTheRestQueue() throws Exception {
        ThreadPoolExecutor pool = ProbeThreads.probePool(8);
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch started = new CountDownLatch(8);
        try {
            List<Future<?>> calls = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                calls.add(pool.submit(() -> {
                    started.countDown();
                    release.await(10, TimeUnit.SECONDS);
                    return null;
                }));
            }
            assertThat(started.await(5, TimeUnit.SECONDS)).as("eight hung calls run at once").isTrue();
            assertThat(pool.getPoolSize()).isEqualTo(8);
            assertThat(pool.getQueue()).hasSize(4);
            release.countDown();
            for (Future<?> call : calls) {
                call.get(5, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}

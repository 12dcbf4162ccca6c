package dev.warroom.console.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The console's one background helper: lanes that hang hold up only themselves, and patience that gives up waiting, not the work. */
class BackgroundTest {

    private final Background background = new Background(Runnable::run, Duration.ofMillis(200));
    private final CountDownLatch released = new CountDownLatch(1);

    @AfterEach
    void releaseAndShutDown() {
        released.countDown();
        background.shutdown();
    }

    @Test
    void aLaneThatHangsHoldsUpItsOwnLaterWorkButNoOtherLane() throws Exception {
        Lane start = background.lane("start");
        Lane room = background.lane("room-commands");
        List<String> ran = new CopyOnWriteArrayList<>();
        start.run(this::hang);
        CompletableFuture<Void> afterTheHang = start.run(() -> ran.add("start: after the hang"));

        room.run(() -> ran.add("room: a note")).get(30, TimeUnit.SECONDS);

        assertThat(afterTheHang).isNotDone();
        released.countDown();
        afterTheHang.get(30, TimeUnit.SECONDS);
        assertThat(ran).containsExactly("room: a note", "start: after the hang");
    }

    @Test
    void patienceGivesUpWaitingWhileTheWorkGoesOnAndFinishes() throws Exception {
        Lane commands = background.lane("room-commands");
        CompletableFuture<Void> work = commands.run(this::hang);

        CompletableFuture<Void> waited = background.patiently(work);

        assertThatThrownBy(() -> waited.get(30, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .hasCauseInstanceOf(TimeoutException.class);
        assertThat(work).isNotDone();
        released.countDown();
        work.get(30, TimeUnit.SECONDS);
    }

    @Test
    void workDoneWithinThePatienceComesThroughAsItIs() throws Exception {
        CompletableFuture<Void> work = background.lane("room-commands").run(() -> { });

        background.patiently(work).get(30, TimeUnit.SECONDS);
    }

    @Test
    void aClosedLaneTakesNoMoreWorkButFinishesWhatItWasGiven() throws Exception {
        Lane commands = background.lane("room-commands");
        commands.run(this::hang);
        CompletableFuture<Void> queued = commands.run(() -> { });

        commands.close();

        assertThatThrownBy(() -> commands.execute(() -> { })).isInstanceOf(RejectedExecutionException.class);
        assertThat(commands.run(() -> { })).isCompletedExceptionally();
        released.countDown();
        queued.get(30, TimeUnit.SECONDS);
    }

    @Test
    void closingWorkRunsOffTheCallersThreadUntilItIsDone() throws Exception {
        CompletableFuture<Void> closing = background.finish("closing a test incident", this::hang);

        assertThat(closing).isNotDone();
        released.countDown();
        closing.get(30, TimeUnit.SECONDS);
    }

    private void hang() {
        try {
            released.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

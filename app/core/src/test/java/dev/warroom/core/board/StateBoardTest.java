package dev.warroom.core.board;

import static dev.warroom.core.board.TestPlans.resource;
import static dev.warroom.core.board.TestPlans.site;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.warroom.core.plan.model.Plan;
import dev.warroom.core.plan.model.SiteRole;
import dev.warroom.core.time.VirtualClock;
import dev.warroom.core.world.Health;
import dev.warroom.core.world.Observation;
import dev.warroom.core.world.ProbeException;
import dev.warroom.core.world.ProbeFailure;
import dev.warroom.core.world.ReplicationRole;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class StateBoardTest {

    /**
     * Only guards against a hang; no test depends on how long anything takes. Generous, because 40 probe threads
     * meeting at one barrier took more than 20 s once on a 2-core machine at a load of about 30.
     */
    private static final long HANG_GUARD_SECONDS = 60;
    private static final Instant START = Instant.parse("2025-01-15T10:00:00Z");

    private final VirtualClock clock = new VirtualClock(START);
    private final ScriptedWorld world = new ScriptedWorld(clock);
    private final CountDownLatch releaseHungProbes = new CountDownLatch(1);
    private StateBoard board;

    @AfterEach
    void release() {
        releaseHungProbes.countDown();
        if (board != null) {
            board.close();
        }
    }

    private StateBoard board(Plan plan, BoardSettings settings) {
        board = new StateBoard(plan, world, clock, settings);
        return board;
    }

    private static Plan threeScripted() {
        return TestPlans.of(site("east", SiteRole.PRIMARY, resource("a", ScriptedWorld.KIND), resource("b", ScriptedWorld.KIND)),
                site("west", SiteRole.DR, resource("c", ScriptedWorld.KIND), resource("d", "mainframe")));
    }

    private Observation hang(dev.warroom.core.plan.model.Resource resource) throws InterruptedException {
        releaseHungProbes.await();
        return world.healthy(resource);
    }

    @Test
    void aHungProbeIsReportedAsTimedOutWhileTheOthersInTheSameRefreshAreFresh() {
        world.script("a", this::hang);
        StateBoard board = board(threeScripted(), BoardSettings.defaults().withTimeout(Duration.ofMillis(300)));

        BoardSnapshot snapshot = board.refresh();

        assertThat(snapshot.entry("a").orElseThrow().statusLine()).isEqualTo("timed out: no answer within 300ms");
        assertThat(snapshot.entry("a").orElseThrow().inFlight()).isTrue();
        assertThat(snapshot.entry("b").orElseThrow().status()).isEqualTo(BoardStatus.FRESH);
        assertThat(snapshot.entry("c").orElseThrow().status()).isEqualTo(BoardStatus.FRESH);
    }

    @Test
    void aProbeStillRunningFromAnEarlierRefreshIsNotStartedAgainAndItsLateAnswerCounts() throws Exception {
        CountDownLatch answered = new CountDownLatch(1);
        world.script("a", resource -> {
            Observation late = hang(resource);
            answered.countDown();
            return late;
        });
        StateBoard board = board(threeScripted(), BoardSettings.defaults().withTimeout(Duration.ofMillis(200)));
        board.refresh();
        clock.advance(Duration.ofMinutes(5));

        BoardSnapshot second = board.refresh();

        assertThat(world.calls("a")).isEqualTo(1);
        assertThat(second.entry("a").orElseThrow().status()).isEqualTo(BoardStatus.TIMEOUT);
        assertThat(world.calls("b")).isEqualTo(2);

        releaseHungProbes.countDown();
        assertThat(answered.await(HANG_GUARD_SECONDS, TimeUnit.SECONDS)).isTrue();
        BoardSnapshot third = refreshUntilSettled(board, "a");
        assertThat(third.entry("a").orElseThrow().status()).isEqualTo(BoardStatus.FRESH);
        assertThat(third.entry("a").orElseThrow().consecutiveFailures()).isZero();
    }

    /** The late answer is taken in on the probe's own thread just after it returns: wait (bounded) until it has landed. */
    private static BoardSnapshot refreshUntilSettled(StateBoard board, String resource) {
        return await("the late answer for " + resource + " to land").atMost(Duration.ofSeconds(HANG_GUARD_SECONDS))
                .pollInterval(Duration.ofMillis(20)).until(board::refresh, snapshot -> !snapshot.entry(resource).orElseThrow().inFlight());
    }

    @Test
    void backOffSkipsAFailingProbeUntilItsNextAttemptAndDoublesEachTime() {
        world.script("a", resource -> {
            throw new ProbeException(ProbeFailure.UNREACHABLE, "connection timed out");
        });
        StateBoard board = board(threeScripted(), BoardSettings.defaults().withBackoff(Duration.ofSeconds(2), Duration.ofSeconds(5)));

        BoardEntry first = board.refresh().entry("a").orElseThrow();
        assertThat(first.statusLine()).isEqualTo("unreachable: connection timed out");
        assertThat(first.consecutiveFailures()).isEqualTo(1);
        assertThat(first.nextAttempt()).contains(START.plusSeconds(2));

        board.refresh();
        assertThat(world.calls("a")).as("skipped while backing off").isEqualTo(1);
        assertThat(world.calls("b")).isEqualTo(2);

        clock.advance(Duration.ofSeconds(2));
        BoardEntry third = board.refresh().entry("a").orElseThrow();
        assertThat(world.calls("a")).isEqualTo(2);
        assertThat(third.consecutiveFailures()).isEqualTo(2);
        assertThat(third.nextAttempt()).contains(START.plusSeconds(2 + 4));

        clock.advance(Duration.ofSeconds(4));
        assertThat(board.refresh().entry("a").orElseThrow().nextAttempt()).as("capped").contains(START.plusSeconds(6 + 5));
    }

    @Test
    void failuresShowTheirKindInWordsAndKeepTheLastGoodObservation() {
        StateBoard board = board(threeScripted(), BoardSettings.defaults());
        board.refresh();
        world.script("a", resource -> {
            throw new ProbeException(ProbeFailure.THROTTLED, "429 Too Many Requests: retry after 20s");
        });
        world.script("b", resource -> {
            throw new ProbeException(ProbeFailure.AUTH_FAILED, "token expired at 2025-01-15T10:00:00Z");
        });
        world.script("c", resource -> {
            throw new IllegalStateException("unexpected answer");
        });
        clock.advance(Duration.ofSeconds(40));

        BoardSnapshot snapshot = board.refresh();

        BoardEntry a = snapshot.entry("a").orElseThrow();
        assertThat(a.statusLine()).isEqualTo("throttled: 429 Too Many Requests: retry after 20s");
        assertThat(a.observedAt()).contains(START);
        assertThat(a.age(snapshot.takenAt())).contains(Duration.ofSeconds(40));
        assertThat(snapshot.entry("b").orElseThrow().status()).isEqualTo(BoardStatus.AUTH_FAILED);
        assertThat(snapshot.entry("c").orElseThrow().statusLine())
                .isEqualTo("error: the probe failed: java.lang.IllegalStateException: unexpected answer");
    }

    @Test
    void aResourceWithoutAProbeIsOnTheBoardAsSuch() {
        BoardEntry d = board(threeScripted(), BoardSettings.defaults()).refresh().entry("d").orElseThrow();

        assertThat(d.status()).isEqualTo(BoardStatus.NO_PROBE);
        assertThat(d.error()).contains("no probe for kind mainframe");
        assertThat(d.siteId()).isEqualTo("west");
    }

    @Test
    void anOldObservationIsStale() {
        world.script("a", resource -> new Observation(resource.id(), Health.UP, ReplicationRole.NONE, Optional.empty(), Map.of(),
                clock.now().minus(Duration.ofMinutes(2))));
        BoardSnapshot snapshot = board(threeScripted(), BoardSettings.forInterval(Duration.ofSeconds(10))).refresh();

        assertThat(snapshot.entry("a").orElseThrow().statusLine()).isEqualTo("stale: last observed 2m ago");
        assertThat(snapshot.entry("b").orElseThrow().status()).isEqualTo(BoardStatus.FRESH);
    }

    @Test
    void snapshotsAreImmutableAndEachValueCarriesItsObservedAtTime() {
        StateBoard board = board(threeScripted(), BoardSettings.defaults());
        assertThat(board.latest().entry("a").orElseThrow().statusLine()).isEqualTo("stale: not observed yet");
        BoardSnapshot first = board.refresh();
        clock.advance(Duration.ofSeconds(15));

        BoardSnapshot second = board.refresh();

        assertThat(first.entries()).extracting(BoardEntry::resourceId).containsExactly("a", "b", "c", "d");
        assertThat(first.entry("a").orElseThrow().observedAt()).contains(START);
        assertThat(second.entry("a").orElseThrow().observedAt()).contains(START.plusSeconds(15));
        assertThat(second.sequence()).isGreaterThan(first.sequence());
        assertThat(board.latest()).isSameAs(second);
        assertThatThrownBy(() -> first.entries().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> first.byResource().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void probesRunConcurrently() {
        int count = 40;
        CyclicBarrier allAtOnce = new CyclicBarrier(count);
        Plan plan = TestPlans.manyResources(count, ScriptedWorld.KIND);
        for (int i = 0; i < count; i++) {
            world.script("r" + i, resource -> {
                allAtOnce.await(HANG_GUARD_SECONDS, TimeUnit.SECONDS);
                return world.healthy(resource);
            });
        }

        BoardSnapshot snapshot = board(plan, BoardSettings.defaults().withTimeout(Duration.ofSeconds(HANG_GUARD_SECONDS))).refresh();

        assertThat(snapshot.count(BoardStatus.FRESH)).as("each probe waits until all %d are running at once", count).isEqualTo(count);
    }

    @Test
    void listenersHearOfEachSnapshotOnTheBoardsOwnThread() throws Exception {
        StateBoard board = board(threeScripted(), BoardSettings.defaults());
        AtomicReference<String> thread = new AtomicReference<>();
        AtomicReference<BoardSnapshot> heard = new AtomicReference<>();
        CountDownLatch notified = new CountDownLatch(1);
        board.addListener(snapshot -> {
            thread.set(Thread.currentThread().getName());
            heard.set(snapshot);
            notified.countDown();
        });

        BoardSnapshot published = board.refresh();

        assertThat(notified.await(HANG_GUARD_SECONDS, TimeUnit.SECONDS)).isTrue();
        assertThat(heard.get()).isSameAs(published);
        assertThat(thread.get()).startsWith("warroom-board-listener").isNotEqualTo(Thread.currentThread().getName());
    }

    @Test
    void startPollsPeriodicallyUntilClosed() throws Exception {
        StateBoard board = board(threeScripted(), BoardSettings.defaults());
        CountDownLatch refreshes = new CountDownLatch(3);
        board.addListener(snapshot -> refreshes.countDown());
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
        try {
            board.start(Duration.ofMillis(20), scheduler);

            assertThat(refreshes.await(HANG_GUARD_SECONDS, TimeUnit.SECONDS)).isTrue();
            assertThat(world.calls("a")).isGreaterThanOrEqualTo(3);
            assertThatThrownBy(() -> board.start(Duration.ofSeconds(1), scheduler)).isInstanceOf(IllegalStateException.class);
        } finally {
            board.close();
            scheduler.shutdownNow();
        }
    }
}

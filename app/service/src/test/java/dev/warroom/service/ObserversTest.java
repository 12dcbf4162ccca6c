package dev.warroom.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.warroom.core.incident.Autopilot;
import dev.warroom.core.incident.IncidentDriver;
import dev.warroom.core.incident.IncidentRuntime;
import dev.warroom.core.incident.IncidentSnapshot;
import dev.warroom.core.incident.IncidentStatus;
import dev.warroom.core.incident.JournalEventSink;
import dev.warroom.core.incident.NoteKind;
import dev.warroom.core.incident.Progress;
import dev.warroom.core.incident.SnapshotFeed;
import dev.warroom.core.journal.JournalReader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Observers of one incident: the same events and states for each, in order, whatever pace each keeps. */
class ObserversTest {

    @TempDir
    Path dir;

    @Test
    void twoObserversOfOneIncidentSeeTheSameEventsAndStatesAsTheJournal() throws Exception {
        List<IncidentSnapshot> first = new CopyOnWriteArrayList<>();
        List<IncidentSnapshot> second = new CopyOnWriteArrayList<>();
        Path journal = dir.resolve("incident.jsonl");
        try (IncidentHandle handle = Seam.tabletop(journal)) {
            handle.subscribeFromStart(first::add);
            handle.subscribeFromStart(second::add);

            new IncidentDriver(handle.incident(), new Autopilot(), Progress.NONE, IncidentRuntime.signalPatience(handle.plan())).runToEnd();

            long last = handle.incident().lastSeq();
            await().atMost(Duration.ofSeconds(20)).until(() -> !first.isEmpty() && !second.isEmpty()
                    && first.get(first.size() - 1).seq() == last && second.get(second.size() - 1).seq() == last);
            assertThat(handle.state().status()).isEqualTo(IncidentStatus.RESOLVED);
        }
        List<Long> journalled = JournalReader.read(journal).events().stream().map(e -> e.seq()).toList();
        assertThat(first).extracting(IncidentSnapshot::seq).isEqualTo(journalled);
        assertThat(second).isEqualTo(first);
        assertThat(first).allSatisfy(s -> assertThat(s.state().lastSeq()).as("the state is the one right after its event").isEqualTo(s.seq()));
        assertThat(first.get(first.size() - 1).state().status()).isEqualTo(IncidentStatus.RESOLVED);
    }

    @Test
    void aSlowObserverNeitherSlowsTheWriterNorLosesAnEvent() throws Exception {
        CountDownLatch held = new CountDownLatch(1);
        List<IncidentSnapshot> slow = new CopyOnWriteArrayList<>();
        List<IncidentSnapshot> quick = new CopyOnWriteArrayList<>();
        try (IncidentHandle handle = Seam.tabletop(dir.resolve("incident.jsonl"))) {
            SnapshotFeed.Subscription slowly = handle.subscribeFromStart(s -> {
                awaitQuietly(held);
                slow.add(s);
            });
            handle.subscribeFromStart(quick::add);

            List<CompletableFuture<Void>> notes = IntStream.range(0, 40)
                    .mapToObj(i -> handle.commands().note(NoteKind.NOTE, "note " + i)).toList();

            // every note is journalled while the slow observer still holds its first event
            CompletableFuture.allOf(notes.toArray(CompletableFuture[]::new)).get(20, TimeUnit.SECONDS);
            long last = handle.incident().lastSeq();
            await().atMost(Duration.ofSeconds(20)).until(() -> !quick.isEmpty() && quick.get(quick.size() - 1).seq() == last);
            assertThat(slow).isEmpty();
            assertThat(slowly.deliveredSeq()).isLessThan(last);

            held.countDown();
            await().atMost(Duration.ofSeconds(20)).until(() -> slowly.deliveredSeq() == last);
            assertThat(slow).isEqualTo(quick);
        }
    }

    @Test
    void anObserverThatJoinsLateIsGivenEveryEventFromTheOpeningOn() throws Exception {
        Path journal = dir.resolve("incident.jsonl");
        try (IncidentHandle handle = Seam.tabletop(journal)) {
            for (int i = 0; i < 20; i++) {
                handle.commands().note(NoteKind.NOTE, "note " + i).get(10, TimeUnit.SECONDS);
            }
            List<IncidentSnapshot> late = new CopyOnWriteArrayList<>();
            SnapshotFeed.Subscription s = handle.subscribe(0, late::add);
            long last = handle.incident().lastSeq();
            await().atMost(Duration.ofSeconds(20)).until(() -> s.deliveredSeq() == last);
            assertThat(late).extracting(IncidentSnapshot::event).isEqualTo(
                    JournalReader.read(journal).events().stream().map(JournalEventSink::toIncidentEvent).toList());
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

package dev.warroom.core.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.warroom.core.board.StateBoard;
import dev.warroom.core.journal.Journal;
import dev.warroom.core.sim.SimulatedWorld;
import dev.warroom.core.tabletop.TabletopRuntime;
import dev.warroom.core.time.VirtualClock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A running incident keeps its checkpoint close behind it, not only when it closes: an incident killed hard (here, the
 * files as the disk held them while it ran, copied without closing it) resumes from the latest periodic checkpoint and
 * ends in exactly the state folding every event gives; a checkpoint that cannot be written loses nothing; and the
 * writer never waits for a checkpoint to reach the disk.
 */
class RunningCheckpointTest {

    private static final int EVERY = PeriodicCheckpoints.EVERY_EVENTS;
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    @Test
    void aCrashedIncidentResumesFromItsLatestRunningCheckpointWithTheStateOfEveryEventFolded() throws Exception {
        Path journal = dir.resolve("night.jsonl");
        Path crashed = dir.resolve("crashed.jsonl");
        try (Running running = Running.open(journal, sink -> sink)) {
            running.notesUntil(2 * EVERY + 1_500);
            await().atMost(PATIENCE).until(() -> running.incident.checkpoints().writtenSeq() == 2 * EVERY);
            crashImage(journal, crashed);
        }
        Path everyEvent = Files.copy(crashed, dir.resolve("every-event.jsonl"));
        List<IncidentEvent> events = IncidentRig.eventsIn(crashed);
        assertThat(events).hasSizeGreaterThan(2 * EVERY + 1_400);

        try (IncidentRuntime fromCheckpoint = resume(crashed); IncidentRuntime fromEveryEvent = resume(everyEvent)) {
            assertThat(fromCheckpoint.journal().checkpoint()).as("the latest checkpoint written while it ran")
                    .hasValueSatisfying(c -> assertThat(c.seq()).isEqualTo(2 * EVERY));
            assertThat(fromCheckpoint.journal().decodedEvents()).as("events read with their data: those after the checkpoint")
                    .hasSizeLessThan(events.size() - 2 * EVERY + 50);
            assertThat(fromEveryEvent.journal().checkpoint()).isEmpty();
            IncidentState whole = IncidentFold.fold(IncidentRig.plan(), IncidentRig.eventsIn(crashed));
            assertThat(fromCheckpoint.incident().state()).isEqualTo(whole).isEqualTo(fromEveryEvent.incident().state());
            assertThat(fromCheckpoint.incident().state().notes()).hasSize(2 * EVERY + 1_500);
        }
    }

    @Test
    void aResumeWithoutACheckpointWritesOneAtOnceSoThatTheNextCrashResumesFast() throws Exception {
        Path journal = dir.resolve("long.jsonl");
        try (Running running = Running.open(journal, sink -> sink)) {
            running.notesUntil(EVERY + 100);
        }
        // a journal written before checkpoints were kept, or whose checkpoint was lost
        Files.delete(dir.resolve("long.jsonl.checkpoint"));
        Path crashed = dir.resolve("long-crashed.jsonl");
        try (IncidentRuntime resumed = resume(journal)) {
            resumed.incident().note(NoteKind.NOTE, "one more", IncidentRig.COMMANDER);
            assertThat(resumed.journal().checkpoint()).isEmpty();
            await().atMost(PATIENCE).until(() -> resumed.incident().checkpoints().writtenSeq() > 0);
            crashImage(journal, crashed);
        }
        try (IncidentRuntime again = resume(crashed)) {
            assertThat(again.journal().checkpoint()).as("written by the resume itself, long before 5,000 new events").isPresent();
            assertThat(again.incident().state()).isEqualTo(IncidentFold.fold(IncidentRig.plan(), IncidentRig.eventsIn(crashed)));
        }
    }

    @Test
    void aCheckpointThatCannotBeWrittenStopsNothingAndTheCrashResumesFromTheOneBefore() throws Exception {
        Path journal = dir.resolve("failing.jsonl");
        Path crashed = dir.resolve("failing-crashed.jsonl");
        try (Running running = Running.open(journal, sink -> sink)) {
            running.notesUntil(EVERY + 10);
            await().atMost(PATIENCE).until(() -> running.incident.checkpoints().writtenSeq() == EVERY);
            // where the next checkpoint would be written first is taken: every later write fails
            Files.createDirectory(dir.resolve("failing.jsonl.checkpoint.tmp"));
            running.notesUntil(2 * EVERY + 700);
            assertThat(running.incident.state().notes()).as("every note still recorded").hasSize(2 * EVERY + 700);
            crashImage(journal, crashed);
        }
        try (IncidentRuntime resumed = resume(crashed)) {
            assertThat(resumed.journal().checkpoint()).as("the last checkpoint that was written whole")
                    .hasValueSatisfying(c -> assertThat(c.seq()).isEqualTo(EVERY));
            assertThat(resumed.incident().state()).isEqualTo(IncidentFold.fold(IncidentRig.plan(), IncidentRig.eventsIn(crashed)));
            assertThat(resumed.incident().state().notes()).hasSize(2 * EVERY + 700);
        }
    }

    @Test
    void notesGoThroughWhileACheckpointIsStuckOnTheWayToDiskAndTheNewestOneIsWrittenAfter() throws Exception {
        CountDownLatch diskAnswers = new CountDownLatch(1);
        CountDownLatch writing = new CountDownLatch(1);
        Path journal = dir.resolve("slow-disk.jsonl");
        try (Running running = Running.open(journal, sink -> new SlowCheckpoints(sink, writing, diskAnswers))) {
            running.notesUntil(EVERY + 10);
            assertThat(writing.await(PATIENCE.toSeconds(), TimeUnit.SECONDS)).as("the first checkpoint is on its way").isTrue();
            running.notesUntil(3 * EVERY + 10);
            assertThat(running.incident.state().notes()).as("recorded while the checkpoint waits").hasSize(3 * EVERY + 10);
            assertThat(running.incident.checkpoints().writtenSeq()).isZero();
            diskAnswers.countDown();
            await().atMost(PATIENCE).until(() -> running.incident.checkpoints().writtenSeq() == 3 * EVERY);
            assertThat(checkpointSeq(journal)).as("the one waiting was superseded by the newest").isEqualTo(3 * EVERY);
        }
    }

    /** The journal and its checkpoint as a crash would leave them: the checkpoint first, as it never runs ahead of the journal. */
    private static void crashImage(Path journal, Path crashed) throws IOException {
        Files.copy(checkpointOf(journal), checkpointOf(crashed));
        Files.copy(journal, crashed);
    }

    private static Path checkpointOf(Path journal) {
        return journal.resolveSibling(journal.getFileName() + ".checkpoint");
    }

    private static long checkpointSeq(Path journal) throws IOException {
        return new ObjectMapper().readTree(Files.readAllBytes(checkpointOf(journal))).path("seq").asLong();
    }

    private static IncidentRuntime resume(Path journal) throws Exception {
        List<IncidentEvent> events = IncidentRig.eventsIn(journal);
        VirtualClock clock = new VirtualClock(events.get(events.size() - 1).time());
        return TabletopRuntime.resume(IncidentRig.plan(), journal, clock, false, "bob", e -> { });
    }

    /** A region-failure TABLETOP whose journal skips the fsync (the test's disk is thrown away), over a sink of the test's. */
    private static final class Running implements AutoCloseable {

        final Journal journal;
        final Incident incident;

        private Running(Journal journal, Incident incident) {
            this.journal = journal;
            this.incident = incident;
        }

        static Running open(Path file, java.util.function.UnaryOperator<EventSink> around) throws IOException {
            VirtualClock clock = new VirtualClock(IncidentRig.START);
            SimulatedWorld world = new SimulatedWorld(IncidentRig.plan(), clock, IncidentRig.SEED);
            IncidentRig.scenario().faults().forEach(f -> world.inject(f, IncidentRig.START));
            Journal journal = Journal.create(file, clock, (channel, written) -> { });
            StateBoard board = new StateBoard(IncidentRig.plan(), world, clock);
            IncidentSetup setup = new IncidentSetup(IncidentRig.plan(), "plans/ai-workflow.yaml", "0".repeat(64),
                    Optional.of(IncidentRig.scenario()), IncidentRig.START, around.apply(new JournalEventSink(journal)),
                    new ActionDispatcher(Mode.TABLETOP, world, false), new BoardLiveState(board), clock, world.name(),
                    Map.of("seed", Long.toString(IncidentRig.SEED)), Duration.ofSeconds(5));
            return new Running(journal, Incident.open(setup, IncidentRig.COMMANDER, "a long night"));
        }

        /** Adds notes until the incident holds {@code notes} of them. */
        void notesUntil(int notes) throws IOException {
            for (int n = incident.state().notes().size(); n < notes; n++) {
                incident.note(NoteKind.NOTE, "status round " + n, n % 2 == 0 ? IncidentRig.COMMANDER : "李雷");
            }
        }

        @Override
        public void close() throws IOException {
            incident.close();
            journal.close();
        }
    }

    /** A journal sink whose checkpoint writes wait until the test lets the disk answer. */
    private static final class SlowCheckpoints implements EventSink {

        private final EventSink sink;
        private final CountDownLatch writing;
        private final CountDownLatch diskAnswers;

        SlowCheckpoints(EventSink sink, CountDownLatch writing, CountDownLatch diskAnswers) {
            this.sink = sink;
            this.writing = writing;
            this.diskAnswers = diskAnswers;
        }

        @Override
        public IncidentEvent record(String type, String actor, ObjectNode data) throws IOException {
            return sink.record(type, actor, data);
        }

        @Override
        public List<IncidentEvent> events() {
            return sink.events();
        }

        @Override
        public void writeCheckpoint(long seq, ObjectNode state) throws IOException {
            writing.countDown();
            try {
                if (!diskAnswers.await(PATIENCE.toSeconds(), TimeUnit.SECONDS)) {
                    throw new IOException("the test's disk never answered");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            }
            sink.writeCheckpoint(seq, state);
        }
    }
}

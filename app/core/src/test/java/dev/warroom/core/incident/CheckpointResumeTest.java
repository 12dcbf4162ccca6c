package dev.warroom.core.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warroom.core.drill.DrillState;
import dev.warroom.core.drill.InjectStatus;
import dev.warroom.core.journal.Journal;
import dev.warroom.core.journal.JournalCorruptException;
import dev.warroom.core.plan.model.DrillInject;
import dev.warroom.core.plan.model.Plan;
import dev.warroom.core.plan.model.Resource;
import dev.warroom.core.tabletop.TabletopRuntime;
import dev.warroom.core.time.VirtualClock;
import dev.warroom.core.world.World;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Closing an incident leaves a checkpoint of its fold beside the journal; a resume that finds it matching the chain
 * folds only the events after it, and ends in exactly the state (and, in TABLETOP, the world) folding every event
 * gives. A checkpoint that is altered, torn, cut off from its journal or another journal's is named and ignored;
 * an altered event is named as it always was.
 */
class CheckpointResumeTest {

    private static final String SECRET = "Pa55-url";

    @TempDir
    Path dir;

    @Test
    void aTabletopResumedFromAnEarlierCheckpointHasTheStateAndWorldOfEveryEventFolded() throws Exception {
        Path journal = dir.resolve("night.jsonl");
        try (IncidentRig rig = IncidentRig.open(journal)) {
            rig.autopilotUntil("promote-dr-db");
            rig.incident.note(NoteKind.NOTE, "DBA on the bridge; replica lag 42s", IncidentRig.COMMANDER);
        }
        Path earlier = Files.copy(checkpointOf(journal), dir.resolve("earlier.checkpoint"));
        try (IncidentRuntime paused = resume(journal)) {
            IncidentDriver driver = new IncidentDriver(paused.incident(), new StopAt("switch-front-door"), Progress.NONE,
                    IncidentRig.patience());
            try {
                driver.runToEnd();
            } catch (StopAt.Reached reached) {
                // the database was promoted after the earlier checkpoint: the world has to replay it
            }
            paused.incident().note(NoteKind.NOTE, "front door next", IncidentRig.COMMANDER);
        }
        Files.copy(earlier, checkpointOf(journal), StandardCopyOption.REPLACE_EXISTING);
        Path copy = Files.copy(journal, dir.resolve("without-checkpoint.jsonl"));
        long earlierSeq;
        try (Journal peek = Journal.openToResume(copyOf(journal, "peek.jsonl"), events -> new VirtualClock(IncidentRig.START),
                ResumeReads.EVENT_TYPES)) {
            earlierSeq = peek.checkpoint().orElseThrow().seq();
        }

        List<dev.warroom.core.journal.JournalEvent> before = dev.warroom.core.journal.JournalReader.read(journal).events();
        try (IncidentRuntime fromCheckpoint = resume(journal); IncidentRuntime fromEveryEvent = resume(copy)) {
            assertThat(fromCheckpoint.journal().checkpoint()).as("the earlier checkpoint matches the chain").isPresent()
                    .hasValueSatisfying(c -> assertThat(c.seq()).isEqualTo(earlierSeq));
            assertThat(fromEveryEvent.journal().checkpoint()).isEmpty();
            assertThat(fromCheckpoint.journal().eventCount()).as("events after the checkpoint to fold").isGreaterThan((int) earlierSeq + 2);

            assertThat(fromCheckpoint.incident().state()).isEqualTo(IncidentFold.fold(IncidentRig.plan(), IncidentRig.eventsIn(journal)));
            assertThat(fromCheckpoint.incident().state()).isEqualTo(fromEveryEvent.incident().state());
            assertThat(fromCheckpoint.incident().state().procedures()).isNotEmpty();
            assertThat(worldAsSeen(fromCheckpoint.world())).isEqualTo(worldAsSeen(fromEveryEvent.world()));
            assertThat(fromCheckpoint.journal().events().subList(0, before.size())).as("every event is still there when asked for")
                    .isEqualTo(fromEveryEvent.journal().events().subList(0, before.size()));
        }
    }

    @Test
    void aDrillResumedFromItsCheckpointHasTheStateEveryEventFolds() throws Exception {
        Plan plan = DrillRig.plan();
        Path journal = dir.resolve("drill.jsonl");
        VirtualClock clock = new VirtualClock(DrillRig.START);
        try (IncidentRuntime first = DrillRig.open(plan, journal, clock)) {
            Incident incident = first.incident();
            incident.drillDesk().hold("ceo-call", DrillRig.FACILITATOR);
            incident.drillDesk().skip("press", "not today", DrillRig.FACILITATOR);
            incident.drillDesk().add(new DrillInject("storage", Duration.ofMinutes(40), null, null, "The storage team calls", null, null,
                    null, null, null, null, null), DrillRig.FACILITATOR);
            clock.advance(Duration.ofMinutes(11));
            incident.note(NoteKind.NOTE, "the lag inject fires now", DrillRig.FACILITATOR);
        }
        Path copy = Files.copy(journal, dir.resolve("drill-every-event.jsonl"));
        VirtualClock later = new VirtualClock(IncidentRig.eventsIn(journal).get(IncidentRig.eventsIn(journal).size() - 1).time());
        VirtualClock laterToo = new VirtualClock(later.now());

        try (IncidentRuntime fromCheckpoint = TabletopRuntime.resume(plan, journal, later, false, DrillRig.FACILITATOR, e -> { });
             IncidentRuntime fromEveryEvent = TabletopRuntime.resume(plan, copy, laterToo, false, DrillRig.FACILITATOR, e -> { })) {
            assertThat(fromCheckpoint.journal().checkpoint()).isPresent();
            IncidentState state = fromCheckpoint.incident().state();
            assertThat(state).isEqualTo(IncidentFold.fold(plan, IncidentRig.eventsIn(journal)));
            assertThat(state).isEqualTo(fromEveryEvent.incident().state());
            DrillState drill = state.drill().orElseThrow();
            assertThat(drill.inject("lag").orElseThrow().status()).isEqualTo(InjectStatus.FIRED);
            assertThat(drill.inject("storage").orElseThrow().adHoc()).isTrue();
            assertThat(drill.inject("press").orElseThrow().status()).isEqualTo(InjectStatus.SKIPPED);
        }
    }

    @Test
    void anAlteredCheckpointIsNamedAndIgnoredAndEveryEventIsFolded() throws Exception {
        Path journal = pausedTabletop("altered.jsonl");
        Path checkpoint = checkpointOf(journal);
        String text = Files.readString(checkpoint, StandardCharsets.UTF_8);
        assertThat(text).contains("DBA on the bridge");
        Files.writeString(checkpoint, text.replace("DBA on the bridge", "DBA off the bridge"), StandardCharsets.UTF_8);

        try (IncidentRuntime resumed = resume(journal)) {
            assertThat(resumed.journal().checkpoint()).isEmpty();
            assertThat(resumed.journal().checkpointIgnored()).hasValueSatisfying(words -> assertThat(words)
                    .contains(checkpoint.toString(), "was altered: its hash does not match its content", "every event is folded"));
            assertThat(resumed.incident().state().notes()).extracting(Note::text).contains("DBA on the bridge; replica lag 42s")
                    .noneMatch(t -> t.contains("DBA off the bridge"));
            assertThat(resumed.incident().state()).isEqualTo(IncidentFold.fold(IncidentRig.plan(), IncidentRig.eventsIn(journal)));
        }
    }

    @Test
    void anAlteredEventBeforeTheCheckpointIsNamedAsWithoutOne() throws Exception {
        Path journal = pausedTabletop("tampered.jsonl");
        List<String> lines = Files.readAllLines(journal, StandardCharsets.UTF_8);
        int noteLine = lines.size() - 1;
        while (!lines.get(noteLine).contains("DBA on the bridge")) {
            noteLine--;
        }
        lines.set(noteLine, lines.get(noteLine).replace("DBA on the bridge", "DBA off the bridge"));
        Files.write(journal, lines, StandardCharsets.UTF_8);
        Path withoutCheckpoint = Files.copy(journal, dir.resolve("tampered-alone.jsonl"));

        String withWords = refusal(journal);
        assertThat(withWords).contains("event " + (noteLine + 1) + " (note.added) was altered: its hash does not match its content");
        assertThat(withWords).isEqualTo(refusal(withoutCheckpoint).replace(withoutCheckpoint.toString(), journal.toString()));
    }

    @Test
    void anotherJournalsCheckpointAndOneForEventsCutOffAreNamedAndIgnored() throws Exception {
        Path first = pausedTabletop("first.jsonl");
        Path second = pausedTabletop("second.jsonl");
        Files.copy(checkpointOf(first), checkpointOf(second), StandardCopyOption.REPLACE_EXISTING);
        try (IncidentRuntime resumed = resume(second)) {
            assertThat(resumed.journal().checkpointIgnored()).hasValueSatisfying(words -> assertThat(words)
                    .contains("by a hash the journal's event", "it is not this journal's"));
            assertThat(resumed.incident().state()).isEqualTo(IncidentFold.fold(IncidentRig.plan(), IncidentRig.eventsIn(second)));
        }

        List<String> lines = Files.readAllLines(first, StandardCharsets.UTF_8);
        Files.write(first, lines.subList(0, lines.size() - 3), StandardCharsets.UTF_8);
        try (IncidentRuntime resumed = resume(first)) {
            assertThat(resumed.journal().checkpointIgnored()).hasValueSatisfying(words -> assertThat(words)
                    .contains("folds events 1 to " + lines.size() + ", but the journal holds " + (lines.size() - 3)));
            assertThat(resumed.incident().state()).isEqualTo(IncidentFold.fold(IncidentRig.plan(), IncidentRig.eventsIn(first)));
        }
    }

    @Test
    void aCrashWhileTheCheckpointIsWrittenLosesNothing() throws Exception {
        Path journal = pausedTabletop("crash.jsonl");
        Path checkpoint = checkpointOf(journal);
        byte[] whole = Files.readAllBytes(checkpoint);
        // a crash mid-write leaves the temporary file half written beside the last whole checkpoint
        Files.write(checkpoint.resolveSibling(checkpoint.getFileName() + ".tmp"), Arrays.copyOf(whole, whole.length / 2));
        try (IncidentRuntime resumed = resume(journal)) {
            assertThat(resumed.journal().checkpoint()).as("the last whole checkpoint stands").isPresent();
            assertThat(resumed.incident().state()).isEqualTo(IncidentFold.fold(IncidentRig.plan(), IncidentRig.eventsIn(journal)));
        }

        // and a checkpoint torn some other way (a disk that lost its tail) is named and ignored
        byte[] again = Files.readAllBytes(checkpoint);
        Files.write(checkpoint, Arrays.copyOf(again, again.length / 2));
        List<IncidentEvent> events = IncidentRig.eventsIn(journal);
        try (IncidentRuntime resumed = resume(journal)) {
            assertThat(resumed.journal().checkpointIgnored()).hasValueSatisfying(words -> assertThat(words).contains("is incomplete"));
            assertThat(resumed.incident().events().subList(0, events.size())).as("every event before the crash").isEqualTo(events);
            assertThat(resumed.incident().state()).isEqualTo(IncidentFold.fold(IncidentRig.plan(), IncidentRig.eventsIn(journal)));
        }
    }

    @Test
    void theCheckpointHoldsNoSecret() throws Exception {
        Path journal = dir.resolve("secret.jsonl");
        try (IncidentRig rig = IncidentRig.open(journal)) {
            rig.incident.note(NoteKind.NOTE, "psql postgres://admin:" + SECRET + "@db.example:5432/orders", IncidentRig.COMMANDER);
        }
        String checkpoint = Files.readString(checkpointOf(journal), StandardCharsets.UTF_8);
        assertThat(checkpoint).contains("postgres://admin:").doesNotContain(SECRET);
    }

    private Path pausedTabletop(String name) throws Exception {
        Path journal = dir.resolve(name);
        try (IncidentRig rig = IncidentRig.open(journal)) {
            rig.autopilotUntil("promote-dr-db");
            rig.incident.note(NoteKind.NOTE, "DBA on the bridge; replica lag 42s", IncidentRig.COMMANDER);
        }
        assertThat(checkpointOf(journal)).as("closing left a checkpoint").exists();
        return journal;
    }

    private static IncidentRuntime resume(Path journal) throws Exception {
        List<IncidentEvent> events = IncidentRig.eventsIn(journal);
        VirtualClock clock = new VirtualClock(events.get(events.size() - 1).time());
        return TabletopRuntime.resume(IncidentRig.plan(), journal, clock, false, "bob", e -> { });
    }

    private String refusal(Path journal) throws Exception {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> resume(journal).close());
        assertThat(thrown).isInstanceOf(JournalCorruptException.class);
        return thrown.getMessage();
    }

    private Path copyOf(Path journal, String name) throws Exception {
        Path copy = Files.copy(journal, dir.resolve(name));
        Files.copy(checkpointOf(journal), checkpointOf(copy));
        return copy;
    }

    private static Path checkpointOf(Path journal) {
        return journal.resolveSibling(journal.getFileName() + ".checkpoint");
    }

    /** What every probe of the world reports for every resource of the plan, in words. */
    private static Map<String, String> worldAsSeen(World world) {
        Map<String, String> seen = new TreeMap<>();
        for (Resource resource : IncidentRig.plan().sites().stream().flatMap(s -> s.resources().stream()).toList()) {
            world.probeFor(resource.kind()).ifPresent(probe -> {
                try {
                    seen.put(resource.id(), String.valueOf(probe.observe(resource)));
                } catch (Exception e) {
                    seen.put(resource.id(), "unreachable: " + e.getMessage());
                }
            });
        }
        return seen;
    }

    /** The autopilot, stopping the driver when a given step comes up for confirmation. */
    private static final class StopAt implements Commander {

        private final Autopilot autopilot = new Autopilot();
        private final String stepId;

        StopAt(String stepId) {
            this.stepId = stepId;
        }

        @Override
        public String name() {
            return IncidentRig.COMMANDER;
        }

        @Override
        public String answer(dev.warroom.core.plan.model.DecisionNode node, java.util.Optional<SuggestedAnswer> suggestion,
                java.util.Optional<Duration> pending) {
            return autopilot.answer(node, suggestion, pending);
        }

        @Override
        public Confirmation confirm(StepProposal proposal) {
            if (proposal.step().id().equals(stepId)) {
                throw new Reached();
            }
            return autopilot.confirm(proposal);
        }

        @Override
        public Recovery recover(StepProposal proposal) {
            throw new AssertionError("step '" + proposal.step().id() + "' did not succeed on the way: " + proposal.detail());
        }

        static final class Reached extends RuntimeException {
            private static final long serialVersionUID = 1L;
        }
    }
}

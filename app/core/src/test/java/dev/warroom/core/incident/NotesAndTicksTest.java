package dev.warroom.core.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Checklist ticks, notes, issues and action items can be added at any time and carry who and when. */
class NotesAndTicksTest {

    @TempDir
    Path dir;

    @Test
    void aTickRecordsWhoTickedAndWhenOnTheIncidentClock() throws Exception {
        try (IncidentRig rig = IncidentRig.open(dir.resolve("journal.jsonl"))) {
            Instant at = rig.clock.advance(Duration.ofMinutes(3));

            rig.incident.tick("pre-failover", "management-approval", "erin");

            assertThat(rig.incident.state().ticks()).containsExactly(new ChecklistTick("pre-failover", "management-approval", "erin", at));
            assertThat(rig.incident.state().isTicked("pre-failover", "management-approval")).isTrue();
            assertThat(rig.incident.state().isTicked("pre-failover", "dr-healthy")).isFalse();
        }
    }

    @Test
    void anItemIsTickedOnceAndOnlyIfThePlanHasIt() throws Exception {
        try (IncidentRig rig = IncidentRig.open(dir.resolve("journal.jsonl"))) {
            rig.incident.tick("pre-failover", "dr-healthy", "erin");
            int events = rig.events().size();

            assertThatThrownBy(() -> rig.incident.tick("pre-failover", "dr-healthy", "frank"))
                    .hasMessage("'pre-failover/dr-healthy' is already ticked");
            assertThatThrownBy(() -> rig.incident.tick("pre-failover", "coffee", "frank"))
                    .hasMessage("no checklist item 'pre-failover/coffee'");
            assertThatThrownBy(() -> rig.incident.tick("lunch", "dr-healthy", "frank"))
                    .hasMessage("no checklist item 'lunch/dr-healthy'");
            assertThat(rig.events()).hasSize(events);
            assertThat(rig.incident.state().ticks()).singleElement().extracting(ChecklistTick::actor).isEqualTo("erin");
        }
    }

    @Test
    void notesIssuesAndActionItemsAreRecordedWithWhoAndWhenWhileAStepIsUnderWay() throws Exception {
        try (IncidentRig rig = IncidentRig.open(dir.resolve("journal.jsonl"))) {
            rig.autopilotUntil("promote-dr-db");
            Instant noted = rig.clock.now();

            rig.incident.note(NoteKind.NOTE, "  DBA on the bridge  ", "bob");
            rig.incident.note(NoteKind.ISSUE, "replica lag alert fired late", "bob");
            rig.incident.tick("during-failover", "promote-db", "bob");
            Instant later = rig.clock.advance(Duration.ofSeconds(40));
            rig.incident.note(NoteKind.ACTION_ITEM, "page the DBA automatically on region failure", "carol");

            assertThat(rig.incident.state().notes()).containsExactly(
                    new Note(NoteKind.NOTE, "DBA on the bridge", "bob", noted),
                    new Note(NoteKind.ISSUE, "replica lag alert fired late", "bob", noted),
                    new Note(NoteKind.ACTION_ITEM, "page the DBA automatically on region failure", "carol", later));
            assertThat(rig.step("promote-dr-db").status()).isEqualTo(StepStatus.PROPOSED);
            IncidentEvent last = rig.events().get(rig.events().size() - 1);
            assertThat(last.type()).isEqualTo(EventTypes.NOTE_ADDED);
            assertThat(last.text("kind")).isEqualTo("action-item");
        }
    }

    @Test
    void anEmptyNoteIsRefused() throws Exception {
        try (IncidentRig rig = IncidentRig.open(dir.resolve("journal.jsonl"))) {
            int events = rig.events().size();

            assertThatThrownBy(() -> rig.incident.note(NoteKind.ISSUE, " \n ", "bob")).hasMessage("a note needs some text");
            assertThat(rig.events()).hasSize(events);
        }
    }
}

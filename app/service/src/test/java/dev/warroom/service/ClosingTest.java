package dev.warroom.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warroom.core.incident.IncidentStateException;
import dev.warroom.core.incident.Mode;
import dev.warroom.service.table.RequestTable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whatever is opened for an incident is closed, once and in order, on every path. */
class ClosingTest {

    @TempDir
    Path dir;

    private final IncidentService service = new IncidentService();

    @Test
    void closingAnIncidentSettlesChatThenClosesTheIncidentThenItsWorld() throws Exception {
        CountingWorld world = new CountingWorld(dev.warroom.core.incident.IncidentRig.plan());
        IncidentHandle handle = service.openOn(service.prepareOpen(drill(dir.resolve("incident.jsonl"))), world);

        handle.close();
        handle.close();

        assertThat(world.calls).containsExactly("journal chat fates", "settle chat", "close after the incident");
    }

    @Test
    void whenOpeningFailsTheWorldItWasGivenIsClosed() throws Exception {
        Path journal = dir.resolve("incident.jsonl");
        PreparedOpen prepared = service.prepareOpen(drill(journal));
        Files.writeString(journal, "someone else's incident\n");
        CountingWorld world = new CountingWorld(dev.warroom.core.incident.IncidentRig.plan());

        assertThatThrownBy(() -> service.openOn(prepared, world)).hasMessageContaining("already exists and is not a journal");

        assertThat(world.closes()).isEqualTo(1);
    }

    @Test
    void whenResumingFailsTheWorldAndTheJournalAreLetGo() throws Exception {
        Path journal = dir.resolve("incident.jsonl");
        RequestTable.openAndLeave(journal);
        CountingWorld world = new CountingWorld(dev.warroom.core.incident.IncidentRig.plan());
        PreparedResume prepared = service.prepareResume(ResumeRequest.of(journal, "bob", ClockChoice.virtualTime()));

        assertThatThrownBy(() -> service.resumeOn(prepared, world)).isInstanceOf(IncidentStateException.class)
                .hasMessageContaining("holds a TABLETOP incident");

        assertThat(world.closes()).isEqualTo(1);
        try (PreparedResume again = service.prepareResume(ResumeRequest.of(journal, "bob", ClockChoice.virtualTime()))) {
            assertThat(again.mode()).as("the journal's lock was let go").isEqualTo(Mode.TABLETOP);
        }
    }

    @Test
    void aPreparedResumeThatIsNotResumedLetsGoOfItsJournal() throws Exception {
        Path journal = dir.resolve("incident.jsonl");
        RequestTable.openAndLeave(journal);

        service.prepareResume(ResumeRequest.of(journal, "bob", ClockChoice.virtualTime())).close();

        try (IncidentHandle resumed = service.resume(service.prepareResume(ResumeRequest.of(journal, "bob", ClockChoice.virtualTime())))) {
            assertThat(resumed.state().currentNode()).isPresent();
        }
    }

    /** A DRILL of the local lab's plan: the seed plans use kinds no real connector handles yet, so they do not open in DRILL. */
    private static OpenRequest drill(Path journal) {
        Path lab = Path.of(System.getProperty("warroom.root", "../.."), "plans", "local-lab.yaml").toAbsolutePath().normalize();
        return OpenRequest.of(lab, Mode.DRILL, Optional.empty(), journal, "alice", ClockChoice.virtualTime());
    }
}

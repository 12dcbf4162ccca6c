package dev.warroom.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warroom.core.incident.IncidentFold;
import dev.warroom.core.incident.JournalEventSink;
import dev.warroom.core.journal.JournalReader;
import dev.warroom.service.table.RequestTable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A resume through the service (the command line's and the console's) starts from the checkpoint a pause left, and
 * says in its warnings why when it cannot.
 */
class ResumeFromCheckpointTest {

    @TempDir
    Path dir;

    private final IncidentService service = new IncidentService();

    @Test
    void aPausedIncidentResumesFromItsCheckpointWithEveryEventCounted() throws Exception {
        Path journal = dir.resolve("incident.jsonl");
        RequestTable.openAndLeave(journal);
        int events = JournalReader.read(journal).events().size();

        PreparedResume prepared = service.prepareResume(ResumeRequest.of(journal, "bob", ClockChoice.virtualTime()));
        assertThat(prepared.warnings()).isEmpty();
        assertThat(prepared.events()).isEqualTo(events);
        try (IncidentHandle resumed = service.resume(prepared)) {
            assertThat(resumed.journal().checkpoint()).hasValueSatisfying(c -> assertThat(c.seq()).isEqualTo(events));
            assertThat(resumed.state()).isEqualTo(IncidentFold.fold(resumed.incident().plan(),
                    JournalReader.read(journal).events().stream().map(JournalEventSink::toIncidentEvent).toList()));
        }
    }

    @Test
    void anAlteredCheckpointIsAWarningAndTheResumeFoldsEveryEvent() throws Exception {
        Path journal = dir.resolve("incident.jsonl");
        RequestTable.openAndLeave(journal);
        Path checkpoint = journal.resolveSibling("incident.jsonl.checkpoint");
        String text = Files.readString(checkpoint, StandardCharsets.UTF_8);
        Files.writeString(checkpoint, text.replace("left unfinished", "left finished"), StandardCharsets.UTF_8);

        PreparedResume prepared = service.prepareResume(ResumeRequest.of(journal, "bob", ClockChoice.virtualTime()));
        assertThat(prepared.warnings()).singleElement().asString()
                .contains(checkpoint.toString(), "was altered", "it was ignored and every event is folded");
        try (IncidentHandle resumed = service.resume(prepared)) {
            assertThat(resumed.journal().checkpoint()).isEmpty();
            assertThat(resumed.state().notes()).anySatisfy(n -> assertThat(n.text()).isEqualTo("left unfinished for the request table"));
        }
    }
}

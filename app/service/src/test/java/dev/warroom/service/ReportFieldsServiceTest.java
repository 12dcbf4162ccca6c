package dev.warroom.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warroom.core.incident.EventTypes;
import dev.warroom.core.incident.IncidentEvent;
import dev.warroom.core.incident.IncidentStateException;
import dev.warroom.core.incident.JournalEventSink;
import dev.warroom.core.incident.ReportFields;
import dev.warroom.core.journal.JournalAccessException;
import dev.warroom.core.journal.JournalEvent;
import dev.warroom.core.journal.JournalReader;
import dev.warroom.core.journal.JournalSeal;
import dev.warroom.core.journal.JournalVerifier;
import dev.warroom.core.journal.Verdict;
import dev.warroom.service.table.RequestTable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report author's entries: journalled through the writer while the incident runs, and under a new seal after it closed. */
class ReportFieldsServiceTest {

    @TempDir
    Path dir;

    private final IncidentService service = new IncidentService();

    @Test
    void fieldsEnteredDuringTheIncidentAreJournalledAndFoldedLastEntryWins() throws Exception {
        try (IncidentHandle handle = Seam.tabletop(dir.resolve("incident.jsonl"))) {
            IncidentCommands commands = handle.commands().as("pat");
            commands.setReportField("root-cause", Optional.empty(), Optional.empty(), "replica lag").get(10, TimeUnit.SECONDS);
            commands.setReportField("root-cause", Optional.empty(), Optional.empty(), "disk full on the primary").get(10, TimeUnit.SECONDS);
            commands.setReportField("action-items", Optional.of("hotwash-1"), Optional.of("owner"), "DBA Lead").get(10, TimeUnit.SECONDS);

            List<IncidentEvent> set = handle.incident().events().stream().filter(e -> e.type().equals(EventTypes.REPORT_FIELD_SET)).toList();
            assertThat(set).hasSize(3).allSatisfy(e -> assertThat(e.actor()).isEqualTo("pat"));
            assertThat(set.get(2).data().toString()).contains("\"row\":\"hotwash-1\"", "\"column\":\"owner\"", "\"value\":\"DBA Lead\"");
            ReportFields fields = ReportFields.of(handle.incident().events());
            assertThat(fields.field("root-cause")).contains("disk full on the primary");
            assertThat(fields.cell("action-items", "hotwash-1", "owner")).contains("DBA Lead");
        }
    }

    @Test
    void aBadEntryIsRefusedInWordsAndNothingIsWritten() throws Exception {
        try (IncidentHandle handle = Seam.tabletop(dir.resolve("incident.jsonl"))) {
            int before = handle.incident().events().size();

            assertThatThrownBy(() -> handle.commands().setReportField("action-items", Optional.of("hotwash-1"), Optional.empty(), "x")
                    .get(10, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class).cause().isInstanceOf(IncidentStateException.class)
                    .hasMessage("report field 'action-items': a table cell names both its row and its column (row 'hotwash-1' has no column)");
            assertThatThrownBy(() -> handle.commands().setReportField(" ", Optional.empty(), Optional.empty(), "x").get(10, TimeUnit.SECONDS))
                    .cause().hasMessageContaining("a report field needs an id");
            assertThatThrownBy(() -> handle.commands().setReportField("impact", Optional.empty(), Optional.empty(), "x".repeat(20_001))
                    .get(10, TimeUnit.SECONDS)).cause().hasMessageContaining("at most 20000 fit in one entry");

            assertThat(handle.incident().events()).hasSize(before);
        }
    }

    @Test
    void aFieldAddedAfterTheCloseIsSealedAnewAndTheJournalStillVerifies() throws Exception {
        Path journal = finishedIncident();
        JournalSeal first = JournalVerifier.verify(journal).seal().orElseThrow();

        try (JournalAmendment amendment = service.amend(journal, "pat")) {
            amendment.setReportField("conclusion", Optional.empty(), Optional.empty(), "failover worked; DNS TTL too long");
            amendment.setReportField("action-items", Optional.of("hotwash-1"), Optional.of("due"), "2025-04-01");
        }

        Verdict verdict = JournalVerifier.verify(journal);
        assertThat(verdict.ok()).as(verdict.message()).isTrue();
        JournalSeal last = verdict.seal().orElseThrow();
        assertThat(last.number()).isEqualTo(first.number() + 2);
        assertThat(last.events()).isEqualTo(first.events() + 2);
        assertThat(last.head()).isEqualTo(verdict.lastHash());
        List<JournalEvent> events = JournalReader.read(journal).events();
        JournalEvent added = events.get(events.size() - 2);
        assertThat(added.type()).isEqualTo(EventTypes.REPORT_FIELD_SET);
        assertThat(added.actor()).isEqualTo("pat");
        ReportFields fields = ReportFields.of(events.stream().map(JournalEventSink::toIncidentEvent).toList());
        assertThat(fields.field("conclusion")).contains("failover worked; DNS TTL too long");
        assertThat(fields.cell("action-items", "hotwash-1", "due")).contains("2025-04-01");
        assertThat(Files.readAllLines(journal.resolveSibling("incident.jsonl.seal"))).hasSize(last.number());
    }

    @Test
    void aJournalThatFailsVerificationIsRefusedAndLeftAsItIs() throws Exception {
        Path journal = finishedIncident();
        byte[] bytes = Files.readAllBytes(journal);
        int at = new String(bytes, StandardCharsets.ISO_8859_1).indexOf("\"actor\":\"alice\"") + 10;
        bytes[at] = (byte) 'A';
        Files.write(journal, bytes);

        assertThatThrownBy(() -> service.amend(journal, "pat")).isInstanceOf(RequestRefusedException.class)
                .hasMessageStartingWith(journal + " failed verification, so nothing is added to it: ")
                .satisfies(e -> assertThat(((RequestRefusedException) e).kind()).isEqualTo(RequestRefusedException.Kind.PROBLEMS));

        assertThat(Files.readAllBytes(journal)).isEqualTo(bytes);
    }

    @Test
    void anIncidentNotOverIsRefusedForAmendmentAndOneStillRunningIsLocked() throws Exception {
        Path unfinished = dir.resolve("unfinished.jsonl");
        RequestTable.openAndLeave(unfinished);
        assertThatThrownBy(() -> service.amend(unfinished, "pat")).isInstanceOf(RequestRefusedException.class)
                .hasMessageContaining("is not over: its report fields are entered while it runs");

        Path running = dir.resolve("running.jsonl");
        try (IncidentHandle handle = Seam.tabletop(running)) {
            assertThatThrownBy(() -> service.amend(running, "pat")).isInstanceOf(JournalAccessException.class)
                    .hasMessageContaining("is open in another WarRoom");
        }
        try (PreparedResume resumed = service.prepareResume(ResumeRequest.of(unfinished, "bob", ClockChoice.virtualTime()))) {
            assertThat(resumed.events()).as("the refused amendment let go of the journal").isPositive();
        }
    }

    @Test
    void aSecretInAnEnteredValueNeverReachesTheJournal() throws Exception {
        Path journal = finishedIncident();

        try (JournalAmendment amendment = service.amend(journal, "pat")) {
            amendment.setReportField("root-cause", Optional.empty(), Optional.empty(),
                    "the app connected with postgres://admin:Pa55-url@db.example:5432/orders after the cut-over");
        }

        String onDisk = Files.readString(journal, StandardCharsets.UTF_8);
        assertThat(onDisk).doesNotContain("Pa55-url").contains("postgres://admin:[redacted]@db.example:5432/orders");
        assertThat(JournalVerifier.verify(journal).ok()).isTrue();
    }

    private Path finishedIncident() throws Exception {
        Path journal = dir.resolve("incident.jsonl");
        try (IncidentHandle handle = Seam.tabletop(journal)) {
            handle.commands().abort("the exercise ends here").get(10, TimeUnit.SECONDS);
        }
        assertThat(JournalVerifier.verify(journal).seal()).as("sealed at the close").isPresent();
        return journal;
    }
}

package dev.warroom.core.report;

import static dev.warroom.core.report.DocumentQueries.blocks;
import static dev.warroom.core.report.DocumentQueries.cell;
import static dev.warroom.core.report.DocumentQueries.section;
import static dev.warroom.core.report.DocumentQueries.table;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warroom.core.incident.EventTypes;
import dev.warroom.core.incident.IncidentEvent;
import dev.warroom.core.incident.IncidentRig;
import dev.warroom.core.report.doc.Cell;
import dev.warroom.core.report.doc.Facts;
import dev.warroom.core.report.doc.JournalCheck;
import dev.warroom.core.report.doc.Mark;
import dev.warroom.core.report.doc.ReportDocument;
import dev.warroom.core.report.doc.Table;
import dev.warroom.core.report.doc.TableIds;
import dev.warroom.core.report.words.ReportWords;
import dev.warroom.core.text.TextLanguage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An incident that never got to its end has no RTO to report, and the report says so instead of guessing. */
class AbortedIncidentReportTest {

    @TempDir
    Path dir;

    @Test
    void anAbortedIncidentShowsItsRtoAsNotMeasuredAndWhyItEnded() throws Exception {
        List<IncidentEvent> events;
        try (IncidentRig rig = IncidentRig.open(dir.resolve("journal.jsonl"))) {
            rig.autopilotUntil("scale-api-gateway");
            rig.incident.abort("East US is back; stop the failover", "alice");
            events = rig.events();
        }
        ReportDocument doc = ReportDocuments.build(new ReportInput(IncidentRig.plan(), events, new JournalCheck("ab".repeat(32), true,
                "chain intact"), ReportTemplates.builtIn("incident", TextLanguage.ENGLISH), TextLanguage.ENGLISH));
        Duration rpo = Duration.ofMillis(events.stream().filter(e -> e.type().equals(EventTypes.STEP_STARTED)
                && e.text("step").equals("promote-dr-db")).findFirst().orElseThrow().data().path("lagAtStartMillis").asLong());

        assertThat(blocks(section(doc, "summary"), Facts.class).get(0).facts()).contains(
                new Facts.Fact("Outcome", Cell.marked("aborted — East US is back; stop the failover", Mark.BAD)));
        Cell notMeasured = Cell.marked("not measured", Mark.WARNING);
        Cell undetermined = Cell.marked("undetermined", Mark.WARNING);
        assertThat(table(doc, RecoverySection.OBJECTIVES_TABLE).rows()).containsExactly(
                List.of(Cell.of("RTO (impact to verified)"), Cell.of("1h30m"), notMeasured, undetermined),
                List.of(Cell.of("RPO (replica lag at promotion)"), Cell.of("15m"),
                        Cell.of(ReportWords.of(TextLanguage.ENGLISH).duration(rpo)), Cell.marked("met", Mark.GOOD)));
        assertThat(table(doc, RecoverySection.PHASES_TABLE).rows()).last()
                .isEqualTo(List.of(Cell.of("verification"), Cell.of("15m"), notMeasured, undetermined));
        Table steps = table(doc, TableIds.STEPS);
        assertThat(steps.rows()).filteredOn(r -> cell(steps, r, "Step").text().equals("Scale api-gateway to 3")).singleElement()
                .satisfies(r -> assertThat(cell(steps, r, "Status").text()).isEqualTo("proposed"));
    }
}

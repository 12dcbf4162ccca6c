package dev.warroom.core.report;

import static dev.warroom.core.report.DocumentQueries.table;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warroom.core.incident.Autopilot;
import dev.warroom.core.incident.EventTypes;
import dev.warroom.core.incident.IncidentEvent;
import dev.warroom.core.incident.IncidentRig;
import dev.warroom.core.report.doc.Cell;
import dev.warroom.core.report.doc.JournalCheck;
import dev.warroom.core.report.doc.ReportDocument;
import dev.warroom.core.report.doc.TableIds;
import dev.warroom.core.text.TextLanguage;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The board's first reading of every resource, taken as the incident opens, is one row of the report's timeline that
 * still names every resource with the state it was first read in; the story after it keeps a row per event.
 */
class FirstReadingsInTheTimelineTest {

    private static final JournalCheck INTACT = new JournalCheck("ab".repeat(32), true, "");

    @TempDir
    static Path dir;

    private static List<IncidentEvent> events;
    private static List<IncidentEvent> firstReadings;

    @BeforeAll
    static void runTheIncident() throws Exception {
        try (IncidentRig rig = IncidentRig.open(dir.resolve("journal.jsonl"))) {
            rig.driveToEnd(new Autopilot());
            events = rig.events();
        }
        firstReadings = events.stream().filter(e -> e.type().equals(EventTypes.STATE_CHANGED))
                .filter(e -> e.text("was").equals("not observed")).toList();
    }

    private static List<List<Cell>> timeline(TextLanguage language) {
        ReportDocument doc = ReportDocuments.build(new ReportInput(IncidentRig.plan(), events, INTACT,
                ReportTemplates.builtIn("incident", language), language));
        return table(doc, TableIds.TIMELINE).rows();
    }

    @Test
    void theFirstReadingsAreOneRowNamingEveryResourceWithItsState() {
        assertThat(firstReadings).as("the rig's plan has resources enough to be read together").hasSizeGreaterThanOrEqualTo(3);
        List<List<Cell>> rows = timeline(TextLanguage.ENGLISH);
        List<List<Cell>> together = rows.stream().filter(row -> row.get(2).text().startsWith("First readings of the board")).toList();

        assertThat(together).hasSize(1);
        assertThat(together.get(0).get(2).text()).isEqualTo("First readings of the board: " + firstReadings.size() + " resources");
        String outcome = together.get(0).get(4).text();
        for (IncidentEvent reading : firstReadings) {
            assertThat(outcome).contains(reading.text("resource"));
            assertThat(outcome).containsPattern("(^|; )" + java.util.regex.Pattern.quote(reading.text("state")) + ": [^;]*\\b"
                    + java.util.regex.Pattern.quote(reading.text("resource")) + "\\b");
        }
        assertThat(rows).noneSatisfy(row -> assertThat(row.get(4).text()).isEqualTo("was not observed"));
    }

    @Test
    void everyOtherEventKeepsItsOwnRow() {
        TimelineWords terminal = new TimelineWords(IncidentRig.plan(), TextLanguage.ENGLISH);
        List<String> others = events.stream().filter(e -> !firstReadings.contains(e)).flatMap(e -> terminal.describe(e).stream())
                .map(TimelineWords.Words::event).toList();
        List<String> rows = timeline(TextLanguage.ENGLISH).stream().map(row -> row.get(2).text())
                .filter(event -> !event.startsWith("First readings of the board")).toList();
        assertThat(rows).isEqualTo(others);
    }

    @Test
    void aChineseReportSaysTheStatesAndTheCountInChinese() {
        List<List<Cell>> rows = timeline(TextLanguage.TRADITIONAL_CHINESE);
        assertThat(rows).filteredOn(row -> row.get(2).text().equals("狀態板首次讀數：" + firstReadings.size() + " 個資源")).singleElement()
                .satisfies(row -> assertThat(row.get(4).text()).contains("正常").doesNotContain("up:").contains(firstReadings.get(0).text("resource")));
    }
}

package dev.warroom.core.report;

import static dev.warroom.core.report.DocumentQueries.table;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warroom.core.incident.Autopilot;
import dev.warroom.core.incident.IncidentEvent;
import dev.warroom.core.incident.IncidentRig;
import dev.warroom.core.report.doc.JournalCheck;
import dev.warroom.core.report.doc.ReportDocument;
import dev.warroom.core.report.doc.TableIds;
import dev.warroom.core.text.TextLanguage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report's timeline says WarRoom's own phrases in the report's language; the terminal's words stay English. */
class TimelineInTheReportsLanguageTest {

    private static final JournalCheck INTACT = new JournalCheck("ab".repeat(32), true, "");

    @TempDir
    static Path dir;

    private static List<IncidentEvent> events;

    @BeforeAll
    static void runTheIncident() throws Exception {
        try (IncidentRig rig = IncidentRig.open(dir.resolve("journal.jsonl"))) {
            rig.clock.advance(Duration.ofSeconds(20));
            rig.driveToEnd(new Autopilot());
            events = rig.events();
        }
    }

    private static List<String> timelineEvents(TextLanguage language) {
        ReportDocument doc = ReportDocuments.build(new ReportInput(IncidentRig.plan(), events, INTACT,
                ReportTemplates.builtIn("incident", language), language));
        return table(doc, TableIds.TIMELINE).rows().stream().map(row -> row.get(2).text()).toList();
    }

    private static List<String> doneSteps() {
        return timelineEvents(TextLanguage.ENGLISH).stream().filter(e -> e.startsWith("Done")).toList();
    }

    @Test
    void aTraditionalChineseReportSaysTheTimelineInTraditionalChinese() {
        List<String> timeline = timelineEvents(TextLanguage.TRADITIONAL_CHINESE);
        assertThat(timeline.get(0)).isEqualTo("事件以 TABLETOP 模式在模擬環境開啟，情境 region-failure");
        assertThat(timeline).anySatisfy(e -> assertThat(e).startsWith("完成"));
        assertThat(timeline.stream().filter(e -> e.startsWith("完成"))).hasSameSizeAs(doneSteps());
        assertThat(timeline).anySatisfy(e -> assertThat(e).startsWith("程序開始："));
        assertThat(timeline).noneSatisfy(e -> assertThat(e).containsAnyOf("Incident opened", "Done", "Procedure started", "Proposed:"));
    }

    @Test
    void aSimplifiedChineseReportSaysTheTimelineInSimplifiedChinese() {
        List<String> timeline = timelineEvents(TextLanguage.SIMPLIFIED_CHINESE);
        assertThat(timeline.get(0)).isEqualTo("事件以 TABLETOP 模式在模拟环境开启，场景 region-failure");
        assertThat(timeline).anySatisfy(e -> assertThat(e).startsWith("完成"));
        assertThat(timeline.stream().filter(e -> e.startsWith("完成"))).hasSameSizeAs(doneSteps());
        assertThat(timeline).anySatisfy(e -> assertThat(e).startsWith("程序开始："));
        assertThat(timeline).noneSatisfy(e -> assertThat(e).containsAnyOf("Incident opened", "Done", "Procedure started", "Proposed:"));
    }

    @Test
    void anEnglishReportsTimelineIsTheTerminalsWords() {
        List<String> timeline = timelineEvents(TextLanguage.ENGLISH);
        TimelineWords terminal = new TimelineWords(IncidentRig.plan(), TextLanguage.ENGLISH);
        // but for the board's first readings, which share one row (FirstReadingsInTheTimelineTest)
        assertThat(timeline.stream().filter(e -> !e.startsWith("First readings of the board")).toList()).isEqualTo(events.stream()
                .filter(e -> !FirstReadings.isOne(e)).flatMap(e -> terminal.describe(e).stream()).map(TimelineWords.Words::event).toList());
        assertThat(timeline.get(0)).isEqualTo("Incident opened in TABLETOP mode on the simulated world, scenario region-failure");
        assertThat(timeline).anySatisfy(e -> assertThat(e).startsWith("Done"));
    }

    @Test
    void theTerminalAndTheConsoleKeepTheirEnglishPhrasesWhateverTheLanguageOfThePlansText() {
        TimelineWords terminal = new TimelineWords(IncidentRig.plan(), TextLanguage.TRADITIONAL_CHINESE);
        assertThat(terminal.describe(events.get(0)).orElseThrow().event()).startsWith("Incident opened in ");
    }
}

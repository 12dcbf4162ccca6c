package dev.warroom.core.report;

import static dev.warroom.core.report.DocumentQueries.blocks;
import static dev.warroom.core.report.DocumentQueries.section;
import static dev.warroom.core.report.DocumentQueries.table;
import static dev.warroom.core.report.DocumentQueries.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.warroom.core.incident.Autopilot;
import dev.warroom.core.incident.EventTypes;
import dev.warroom.core.incident.IncidentEvent;
import dev.warroom.core.incident.IncidentRig;
import dev.warroom.core.incident.NoteKind;
import dev.warroom.core.plan.catalog.ResourceKinds;
import dev.warroom.core.plan.model.ReportTemplate;
import dev.warroom.core.report.doc.BulletList;
import dev.warroom.core.report.doc.Cell;
import dev.warroom.core.report.doc.Chart;
import dev.warroom.core.report.doc.JournalCheck;
import dev.warroom.core.report.doc.Mark;
import dev.warroom.core.report.doc.Paragraph;
import dev.warroom.core.report.doc.ReportDocument;
import dev.warroom.core.report.doc.Table;
import dev.warroom.core.report.doc.TableIds;
import dev.warroom.core.report.doc.ToFill;
import dev.warroom.core.text.TextLanguage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The incident report document of a real autopilot run of the AI Workflow plan's region failure (no drill). */
class IncidentDocumentTest {

    private static final JournalCheck FAILED = new JournalCheck("cd".repeat(32), false, "event 12 was altered");

    @TempDir
    static Path dir;

    private static List<IncidentEvent> events;

    @BeforeAll
    static void runTheIncident() throws Exception {
        try (IncidentRig rig = IncidentRig.open(dir.resolve("journal.jsonl"))) {
            rig.clock.advance(Duration.ofSeconds(20));
            rig.incident.note(NoteKind.ISSUE, "replica lag alert fired late", "bob");
            rig.incident.note(NoteKind.NOTE, "war room bridge opened", "erin");
            rig.driveToEnd(new Autopilot());
            events = rig.events();
        }
    }

    private static ReportDocument build(List<IncidentEvent> journal, ReportTemplate template) {
        return ReportDocuments.build(new ReportInput(IncidentRig.plan(), journal, FAILED, template, TextLanguage.ENGLISH));
    }

    @Test
    void anIncidentIsJudgedAgainstThePlansTargetsAndTheFailedCheckStaysAtTheTop() {
        ReportDocument doc = build(events, ReportTemplates.builtIn("incident", TextLanguage.ENGLISH));
        assertThat(doc.journal()).isEqualTo(FAILED);
        assertThat(text(doc)).contains("RTO and RPO are judged against the plan's targets (RTO 1h30m, RPO");
        assertThat(blocks(section(doc, "issues"), BulletList.class).get(0).items()).extracting(Cell::text)
                .singleElement().asString().startsWith("replica lag alert fired late — bob, ");
        assertThat(blocks(doc, ToFill.class)).extracting(ToFill::field).contains("impact", "affected-users", "root-cause", "lessons-learned",
                "incident-commander");
        Table decisions = table(doc, TableIds.DECISIONS);
        assertThat(decisions.rows()).isNotEmpty();
        assertThat(decisions.rows()).anySatisfy(r -> assertThat(r.get(5).text()).isNotEqualTo("—"));
    }

    @Test
    void theDrillsPartsOfAnIncidentThatPlayedNoneSaySo() {
        ReportDocument doc = build(events, ReportTemplates.builtIn("drill", TextLanguage.ENGLISH));
        assertThat(section(doc, "drill-criteria").blocks()).containsExactly(new Paragraph(Cell.of("This incident played no drill.")));
        assertThat(section(doc, "injects").blocks()).containsExactly(new Paragraph(Cell.of("This incident played no drill.")));
    }

    @Test
    void aJournalWithoutLagReadingsSaysSoInsteadOfDrawingAnEmptyChart() {
        List<IncidentEvent> opening = events.stream().filter(e -> e.type().equals(EventTypes.OPENED)).toList();
        ReportDocument doc = build(opening, ReportTemplates.builtIn("incident", TextLanguage.ENGLISH));
        assertThat(section(doc, "replica-lag").blocks()).containsExactly(new Paragraph(Cell.of("No lag readings in the journal.")));
        Table objectives = table(doc, RecoverySection.OBJECTIVES_TABLE);
        assertThat(objectives.rows().get(0).get(2)).isEqualTo(Cell.marked("not measured", Mark.WARNING));
    }

    @Test
    void thePhasesInWordsCountThoseWithoutABudget() {
        dev.warroom.core.plan.model.Plan noBudget = new dev.warroom.core.plan.load.PlanLoader()
                .load(Path.of(System.getProperty("warroom.root", "../.."), "plans", "chatops.yaml")).plan().orElseThrow();
        java.time.Instant opened = java.time.Instant.parse("2026-11-21T03:00:00Z");
        List<IncidentEvent> journal = List.of(
                new IncidentEvent(1, opened, "alice", EventTypes.OPENED, JsonNodeFactory.instance.objectNode().put("plan", noBudget.id())
                        .put("mode", "tabletop").put("impactStartedAt", "2026-11-21T02:58:00Z")),
                new IncidentEvent(2, opened.plusSeconds(60), "alice", EventTypes.RESOLVED,
                        JsonNodeFactory.instance.objectNode().put("summary", "done")));

        ReportDocument doc = ReportDocuments.build(new ReportInput(noBudget, journal, FAILED,
                ReportTemplates.builtIn("incident", TextLanguage.ENGLISH), TextLanguage.ENGLISH));

        assertThat(blocks(section(doc, "recovery-objectives"), Chart.PhaseBars.class).get(0).description())
                .isEqualTo("4 phases: 0 met, 0 missed, 3 not measured. 1 without a budget.");
    }

    @Test
    void theLagChartDrawsTheReadingsAgainstThePlansRpoAndMarksThePromotion() {
        ReportDocument doc = build(events, ReportTemplates.builtIn("incident", TextLanguage.ENGLISH));
        Chart.LagLine line = blocks(section(doc, "replica-lag"), Chart.LagLine.class).get(0);
        assertThat(line.rpo()).contains(IncidentRig.plan().targets().rpo());
        assertThat(line.promotedAt()).isPresent();
        assertThat(line.points()).hasSizeGreaterThan(1);
        assertThat(line.description()).contains("The replica was promoted at T+");
        Map<String, String> kinds = new java.util.HashMap<>();
        IncidentRig.plan().sites().forEach(site -> site.resources().forEach(r -> kinds.put(r.id(), r.kind())));
        assertThat(line.points()).as("each reading names its resource, and only a data store's lag stands against the RPO")
                .allSatisfy(p -> assertThat(ResourceKinds.find(kinds.get(p.resource())).orElseThrow().replicated()).as(p.resource()).isTrue());
    }

    @Test
    void theLagChartsSentencesFollowOneAnotherAsChineseIsWritten() {
        ReportDocument doc = ReportDocuments.build(new ReportInput(IncidentRig.plan(), events, FAILED,
                ReportTemplates.builtIn("incident", TextLanguage.TRADITIONAL_CHINESE), TextLanguage.TRADITIONAL_CHINESE));
        String description = blocks(section(doc, "replica-lag"), Chart.LagLine.class).get(0).description();
        assertThat(description).contains("。副本於 T+").doesNotContain("。 ");
    }

    @Test
    void notesAndTheAuthorsEntriesAreRedactedAndTheirControlCharactersMadeVisible() {
        String token = "ghp_abcdefghijklmnopqrstuvwxyz0123456789";
        String hostile = "\u001b]0;pwned\u0007 \u202eevil\u202c " + token;
        List<IncidentEvent> journal = new java.util.ArrayList<>(events);
        IncidentEvent last = journal.get(journal.size() - 1);
        journal.add(new IncidentEvent(last.seq() + 1, last.time(), "bob", EventTypes.NOTE_ADDED,
                JsonNodeFactory.instance.objectNode().put("kind", "issue").put("text", "issue " + hostile)));
        journal.add(new IncidentEvent(last.seq() + 2, last.time(), "author", EventTypes.REPORT_FIELD_SET,
                JsonNodeFactory.instance.objectNode().put("field", "root-cause").put("value", "cause " + hostile)));
        String text = text(build(journal, ReportTemplates.builtIn("incident", TextLanguage.ENGLISH)));
        assertThat(text).doesNotContain("\u001b", "\u0007", "\u202e", token).contains("[redacted]")
                .contains("issue \\u001b]0;pwned").contains("cause \\u001b]0;pwned");
    }
}

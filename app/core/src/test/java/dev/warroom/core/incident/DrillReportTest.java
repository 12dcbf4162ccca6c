package dev.warroom.core.incident;

import static dev.warroom.core.incident.DrillRig.FACILITATOR;
import static dev.warroom.core.incident.DrillRig.START;
import static dev.warroom.core.report.DocumentQueries.blocks;
import static dev.warroom.core.report.DocumentQueries.cell;
import static dev.warroom.core.report.DocumentQueries.section;
import static dev.warroom.core.report.DocumentQueries.table;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warroom.core.drill.ActionItem;
import dev.warroom.core.drill.CriterionMeasure;
import dev.warroom.core.drill.HotWash;
import dev.warroom.core.drill.ObservationKind;
import dev.warroom.core.drill.Rating;
import dev.warroom.core.drill.Verdict;
import dev.warroom.core.plan.model.DrillInject;
import dev.warroom.core.plan.model.FaultKind;
import dev.warroom.core.plan.model.Plan;
import dev.warroom.core.report.ReportDocuments;
import dev.warroom.core.report.ReportInput;
import dev.warroom.core.report.ReportTemplates;
import dev.warroom.core.report.doc.BulletList;
import dev.warroom.core.report.doc.Cell;
import dev.warroom.core.report.doc.Facts;
import dev.warroom.core.report.doc.JournalCheck;
import dev.warroom.core.report.doc.Mark;
import dev.warroom.core.report.doc.Paragraph;
import dev.warroom.core.report.doc.ReportDocument;
import dev.warroom.core.report.doc.Table;
import dev.warroom.core.report.doc.TableIds;
import dev.warroom.core.text.TextLanguage;
import dev.warroom.core.time.VirtualClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The drill report document (built-in drill template, English) of a drill the facilitator conducted by hand: it
 * shows the drill, each criterion with the drill's own target and who judged it, every inject as it went (held and
 * released, skipped with the reason, ad hoc, never triggered, never reached), the observations, the hot wash and
 * the cleanup, all from the journal.
 */
class DrillReportTest {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC);
    private static final String START_CLOCK = CLOCK.format(START);
    /** Everything after the first 21 minutes happens at once on the virtual clock. */
    private static final String LATER = CLOCK.format(START.plus(Duration.ofMinutes(21)));

    @TempDir
    static Path dir;

    private static ReportDocument doc;

    @BeforeAll
    static void conductTheDrillAndWriteItsReport() throws Exception {
        Plan plan = DrillRig.plan();
        VirtualClock clock = new VirtualClock(START);
        try (IncidentRuntime runtime = DrillRig.open(plan, dir.resolve("j.jsonl"), clock)) {
            Incident incident = runtime.incident();
            DrillDesk desk = incident.drillDesk();
            desk.hold("ceo-call", FACILITATOR);
            desk.skip("press", "no journalist today", FACILITATOR);
            clock.advance(Duration.ofMinutes(21));
            incident.note(NoteKind.NOTE, "past the call's time", FACILITATOR);
            desk.release("ceo-call", FACILITATOR);
            desk.acknowledge("ceo-call", "bob");
            desk.add(new DrillInject(null, null, null, null, "The storage team reports a full disk", null, FaultKind.RESOURCE_DOWN,
                    "db-west", null, null, "Check the standby", null), FACILITATOR);
            desk.observe("the team found the lag on its own", ObservationKind.STRENGTH, Optional.of("custom-1"), Optional.empty(),
                    FACILITATOR);
            incident.abort("the drill room is needed", FACILITATOR);
            for (CriterionMeasure left : desk.judgeMeasured()) {
                desk.judge(left.criterion().id(), left.criterion().id().equals("custom-1") ? Verdict.NOT_MET : Verdict.UNDETERMINED, "",
                        "one app needed a restart", FACILITATOR);
            }
            desk.recordHotWash(new HotWash(List.of("calm decision"), List.of("runbook is out of date"),
                    List.of(new ActionItem("update the runbook", "erin", "2026-12-15")), Map.of("decide", Rating.S)), FACILITATOR);
            desk.tickCleanup("restore-replica", FACILITATOR);
            desk.close("the channel stays open for the follow-up", FACILITATOR);
            doc = ReportDocuments.build(new ReportInput(plan, incident.events(), new JournalCheck("ab".repeat(32), true, "chain intact"),
                    ReportTemplates.builtIn("drill", TextLanguage.ENGLISH), TextLanguage.ENGLISH));
        }
    }

    private static List<String> texts(List<Cell> row) {
        return row.stream().map(Cell::text).toList();
    }

    private static List<String> inject(String id) {
        return table(doc, TableIds.INJECTS).rows().stream().filter(r -> r.get(0).text().equals(id)).map(DrillReportTest::texts)
                .findFirst().orElseThrow(() -> new AssertionError("no inject " + id));
    }

    @Test
    void theReportShowsTheDrillAndJudgesRtoAndRpoAgainstTheDrillsOwnTargets() {
        assertThat(blocks(section(doc, "drill"), Facts.class).get(0).facts()).extracting(f -> f.label() + ": " + f.value().text())
                .containsExactly("Drill: Quarterly drill (quarterly)", "Type: tabletop", "Participants: —",
                        "Drill started: 2026-12-01 09:00:00 UTC", "Drill closed: 2026-12-01 09:21:00 UTC — the channel stays open for the follow-up");
        assertThat(blocks(section(doc, "recovery-objectives"), Paragraph.class).get(0).text().text())
                .isEqualTo("RTO and RPO are judged against the drill's own targets (RTO 1h, RPO 1m), not the plan's (RTO 1h, RPO 15m).");
        assertThat(table(doc, "recovery-objectives").rows()).extracting(r -> texts(r).subList(0, 2))
                .containsExactly(List.of("RTO (impact to verified)", "1h"), List.of("RPO (replica lag at promotion)", "1m"));
    }

    @Test
    void eachCriterionHasItsOwnTargetItsVerdictAndWhoGaveIt() {
        Table criteria = table(doc, TableIds.CRITERIA);
        assertThat(criteria.rows()).extracting(r -> texts(r).subList(0, 2)).containsExactly(List.of("RTO under an hour", "≤ 1h"),
                List.of("RPO under a minute", "≤ 1m"), List.of("No data lost", "≤ 0s"), List.of("Apps reconnect on their own", "yes/no"));
        assertThat(criteria.rows().get(3)).containsExactly(Cell.of("Apps reconnect on their own"), Cell.of("yes/no"), Cell.of("—"),
                Cell.marked("not met", Mark.BAD), Cell.of("fran, " + LATER), Cell.of("one app needed a restart"));
        assertThat(cell(criteria, criteria.rows().get(1), "Verdict")).isEqualTo(Cell.marked("undetermined", Mark.WARNING));
        assertThat(cell(criteria, criteria.rows().get(1), "By").text()).isEqualTo("journal, " + LATER);
    }

    @Test
    void theInjectsAreListedAsTheyWent() {
        assertThat(inject("ceo-call")).containsExactly("ceo-call", "at 20m", "fired", LATER, "21m", "on schedule", "The CEO calls for an update",
                "—", "—", "⏸ " + START_CLOCK + " fran, ▶ " + LATER + " fran", "bob, " + LATER);
        assertThat(inject("press").subList(0, 3)).containsExactly("press", "at 30m", "skipped: no journalist today");
        assertThat(inject("adhoc-1")).containsExactly("adhoc-1", "ad hoc, at once", "fired", LATER, "21m", "by hand (fran)",
                "The storage team reports a full disk", "Check the standby", "resource-down on db-west — done: in the simulated world", "—", "—");
        assertThat(inject("on-resync").subList(0, 3)).containsExactly("on-resync", "on item-ticked back resync", "lapsed: not triggered");
        assertThat(inject("late").subList(0, 3)).containsExactly("late", "at 12h", "lapsed: not reached");
    }

    @Test
    void theObservationsTheHotWashAndTheCleanupAreThere() {
        assertThat(table(doc, "observations").rows()).extracting(DrillReportTest::texts).containsExactly(List.of(LATER, "21m", "fran",
                "strength", "criterion Apps reconnect on their own", "the team found the lag on its own"));
        assertThat(blocks(section(doc, "hot-wash"), BulletList.class)).extracting(l -> texts(l.items()))
                .containsExactly(List.of("calm decision"), List.of("runbook is out of date"));
        assertThat(table(doc, "ratings").rows()).extracting(DrillReportTest::texts)
                .containsExactly(List.of("決定切換", "S — performed with some challenges"));
        Table actions = table(doc, TableIds.ACTION_ITEMS);
        assertThat(actions.rows()).singleElement().satisfies(r -> assertThat(List.of(cell(actions, r, "Summary"), cell(actions, r, "Owner"),
                cell(actions, r, "Due date"))).extracting(Cell::text).containsExactly("update the runbook", "erin", "2026-12-15"));
        assertThat(blocks(section(doc, "drill"), Paragraph.class)).extracting(p -> p.text().text()).contains("1 of 2 cleanup items ticked.");
        assertThat(blocks(section(doc, "drill"), BulletList.class)).last().extracting(BulletList::items).asList().containsExactly(
                Cell.marked("Rebuild the replica — ticked by fran, " + LATER, Mark.GOOD), Cell.marked("Close the drill channel — not ticked",
                        Mark.WARNING));
    }
}

package dev.warroom.core.report;

import static dev.warroom.core.report.DocumentQueries.blocks;
import static dev.warroom.core.report.DocumentQueries.cell;
import static dev.warroom.core.report.DocumentQueries.section;
import static dev.warroom.core.report.DocumentQueries.table;
import static dev.warroom.core.report.DocumentQueries.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.warroom.core.drill.ActionItem;
import dev.warroom.core.drill.CriterionMeasure;
import dev.warroom.core.drill.HotWash;
import dev.warroom.core.drill.ObservationKind;
import dev.warroom.core.drill.Rating;
import dev.warroom.core.drill.Verdict;
import dev.warroom.core.incident.Autopilot;
import dev.warroom.core.incident.EventTypes;
import dev.warroom.core.incident.Incident;
import dev.warroom.core.incident.IncidentDriver;
import dev.warroom.core.incident.IncidentEvent;
import dev.warroom.core.incident.IncidentRig;
import dev.warroom.core.incident.IncidentRuntime;
import dev.warroom.core.incident.IncidentStatus;
import dev.warroom.core.incident.NoteKind;
import dev.warroom.core.incident.Progress;
import dev.warroom.core.plan.model.Drill;
import dev.warroom.core.plan.model.Plan;
import dev.warroom.core.plan.model.ReportTemplate;
import dev.warroom.core.report.doc.BulletList;
import dev.warroom.core.report.doc.Cell;
import dev.warroom.core.report.doc.Chart;
import dev.warroom.core.report.doc.Facts;
import dev.warroom.core.report.doc.FieldRef;
import dev.warroom.core.report.doc.JournalCheck;
import dev.warroom.core.report.doc.Mark;
import dev.warroom.core.report.doc.Paragraph;
import dev.warroom.core.report.doc.ReportSection;
import dev.warroom.core.report.doc.ReportDocument;
import dev.warroom.core.report.doc.Table;
import dev.warroom.core.report.doc.TableIds;
import dev.warroom.core.report.doc.ToFill;
import dev.warroom.core.tabletop.TabletopRuntime;
import dev.warroom.core.report.words.ReportWords;
import dev.warroom.core.text.TextLanguage;
import dev.warroom.core.time.VirtualClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The AI Workflow plan's Q1 drill (plans/ai-workflow.yaml, db-primary-drill-q1) played in TABLETOP on a virtual
 * clock the way {@code run --drill --auto} plays it, then debriefed by a facilitator, built into a document with a
 * drill template: what the author of the drill report gets before filling anything in.
 */
class DrillDocumentTest {

    private static final Instant START = Instant.parse("2026-12-01T09:00:00Z");
    private static final String FACILITATOR = "fran";
    private static final JournalCheck CHECKED = new JournalCheck("ab".repeat(32), true, "chain intact");

    @TempDir
    static Path dir;

    private static Plan plan;
    private static List<IncidentEvent> events;

    @BeforeAll
    static void playTheQ1DrillAndDebriefIt() throws Exception {
        plan = IncidentRig.plan();
        VirtualClock clock = new VirtualClock(START);
        try (IncidentRuntime runtime = TabletopRuntime.open(new TabletopRuntime.Tabletop(plan, "plans/ai-workflow.yaml", "0".repeat(64),
                plan.scenarios().stream().filter(s -> s.id().equals("db-primary-failure")).findFirst(), dir.resolve("q1.jsonl"), clock, 42,
                Duration.ZERO, false, FACILITATOR, "Q1 drill", "").withDrill(drill()), (channel, written) -> { }, e -> { })) {
            Incident incident = runtime.incident();
            incident.note(NoteKind.ACTION_ITEM, "Lower the DNS TTL of the database endpoint to 60 s", "dba");
            incident.note(NoteKind.ISSUE, "監控告警延遲 30 秒", "dba");
            assertThat(new IncidentDriver(incident, new Autopilot(), Progress.NONE, IncidentRuntime.signalPatience(plan)).runToEnd().status())
                    .isEqualTo(IncidentStatus.RESOLVED);
            incident.drillDesk().observe("The DBA checked the replica's lag before promoting", ObservationKind.STRENGTH, Optional.of("rpo"),
                    Optional.of("data-consistency"), FACILITATOR);
            incident.drillDesk().observe("Two services kept the old address", ObservationKind.IMPROVEMENT, Optional.empty(),
                    Optional.of("app-reconnect"), FACILITATOR);
            for (CriterionMeasure left : incident.drillDesk().judgeMeasured()) {
                incident.drillDesk().judge(left.criterion().id(), Verdict.UNDETERMINED, "", "not judged: an --auto run has no facilitator to ask",
                        FACILITATOR);
            }
            incident.drillDesk().recordHotWash(new HotWash(List.of("The failover decision took a minute"), List.of("DNS TTL of 300 s"),
                    List.of(new ActionItem("Reconnect the Agent Service pods on a DNS change", "app-team", "")),
                    Map.of("automatic-failover", Rating.S)), FACILITATOR);
            events = new ArrayList<>(incident.events());
        }
    }

    private static Drill drill() {
        return plan.drills().stream().filter(d -> d.id().equals("db-primary-drill-q1")).findFirst().orElseThrow();
    }

    private static ReportDocument build(List<IncidentEvent> journal, TextLanguage language) {
        return ReportDocuments.build(new ReportInput(plan, journal, CHECKED, DrillTemplateFixture.everything(), language));
    }

    private static ReportDocument english() {
        return build(events, TextLanguage.ENGLISH);
    }

    @Test
    void everySectionOfTheTemplateComesInOrderWithTheJournalCheckAtTheTop() {
        ReportDocument doc = english();
        assertThat(doc.journal()).isEqualTo(CHECKED);
        assertThat(doc.templateId()).isEqualTo("drill-test");
        assertThat(doc.sections()).extracting(s -> s.id()).containsExactlyElementsOf(DrillTemplateFixture.everything().sections().stream()
                .map(s -> s.id()).toList());
        assertThat(section(doc, "summary").title()).isEqualTo("Section summary");
        assertThat(doc.title()).startsWith("Drill report: ");
        assertThat(doc.languageNote()).isEmpty();
    }

    @Test
    void theTimelineHasTimeSinceImpactEventActorAndOutcome() {
        Table timeline = table(english(), TableIds.TIMELINE);
        assertThat(timeline.headers()).containsExactly("Time", "T+", "Event", "Actor", "Outcome");
        assertThat(timeline.rows()).isNotEmpty();
        assertThat(timeline.rows().get(0).get(2).text()).startsWith("Incident opened in TABLETOP mode");
        assertThat(timeline.rows()).extracting(r -> r.get(2).text()).anyMatch(t -> t.startsWith("Inject alert-late fired by its trigger"))
                .noneMatch(t -> t.contains(EventTypes.REPORT_FIELD_SET));
    }

    @Test
    void theDrillsTimelinePhrasesAreInTheReportsLanguage() {
        List<String> zhTw = table(build(events, TextLanguage.TRADITIONAL_CHINESE), TableIds.TIMELINE).rows().stream().map(r -> r.get(2).text()).toList();
        List<String> zhCn = table(build(events, TextLanguage.SIMPLIFIED_CHINESE), TableIds.TIMELINE).rows().stream().map(r -> r.get(2).text()).toList();
        assertThat(zhTw.get(0)).startsWith("事件以 TABLETOP 模式在模擬環境開啟");
        assertThat(zhTw).contains("注入 alert-late 已觸發，由觸發條件");
        assertThat(zhCn).contains("注入 alert-late 已触发，由触发条件");
        assertThat(zhTw).anyMatch(t -> t.startsWith("準則 ")).noneMatch(t -> t.startsWith("Criterion ") || t.startsWith("Inject "));
        assertThat(zhCn).anyMatch(t -> t.startsWith("准则 ")).noneMatch(t -> t.startsWith("Criterion ") || t.startsWith("Inject "));
    }

    @Test
    void rtoIsJudgedAgainstTheDrillsOwnFiveMinutesNotThePlansHourAndAHalf() {
        ReportDocument doc = english();
        assertThat(text(doc)).contains("judged against the drill's own targets (RTO 5m, RPO 1m), not the plan's (RTO 1h30m, RPO");
        Table objectives = table(doc, RecoverySection.OBJECTIVES_TABLE);
        List<Cell> rto = objectives.rows().get(0);
        assertThat(rto.get(0).text()).startsWith("RTO");
        assertThat(cell(objectives, rto, "Target").text()).isEqualTo("5m");
        assertThat(cell(objectives, rto, "Verdict").mark()).isIn(Mark.GOOD, Mark.BAD);
        Chart.PhaseBars phases = blocks(section(doc, "recovery-objectives"), Chart.PhaseBars.class).get(0);
        assertThat(phases.bars()).extracting(Chart.Bar::label).containsExactly("detection", "decision", "recovery", "verification");
    }

    @Test
    void theCriteriaCarryTheirOwnTargetsVerdictsAndWhoGaveThem() {
        ReportDocument doc = english();
        Table criteria = table(doc, TableIds.CRITERIA);
        assertThat(criteria.rows()).extracting(r -> r.get(0).text())
                .containsExactly("RTO < 5 minutes", "RPO < 1 minute", "No data loss", "Applications recover on their own");
        assertThat(criteria.rows()).extracting(r -> cell(criteria, r, "Own target").text()).containsExactly("≤ 5m", "≤ 1m", "≤ 0s", "yes/no");
        assertThat(cell(criteria, criteria.rows().get(0), "By").text()).startsWith("journal, ");
        assertThat(cell(criteria, criteria.rows().get(3), "Verdict")).isEqualTo(Cell.marked("undetermined", Mark.WARNING));
        assertThat(blocks(section(doc, "drill-criteria"), Chart.CriteriaChart.class).get(0).criteria()).hasSize(4);
    }

    @Test
    void theInjectsShowWhichFiredAndWhichLapsed() {
        Table injects = table(english(), TableIds.INJECTS);
        assertThat(injects.rows()).extracting(r -> r.get(0).text()).contains("replica-lag", "alert-late", "dns-slow", "pod-not-reconnected");
        List<Cell> lag = injects.rows().stream().filter(r -> r.get(0).text().equals("replica-lag")).findFirst().orElseThrow();
        assertThat(cell(injects, lag, "Planned").text()).isEqualTo("at 3m");
        assertThat(cell(injects, lag, "Message").text()).isEqualTo("DBA: the West Europe DR replica is 45 seconds behind");
        assertThat(injects.rows()).extracting(r -> cell(injects, r, "Status").text())
                .allMatch(s -> s.equals("fired") || s.startsWith("lapsed: ") || s.startsWith("skipped"));
    }

    @Test
    void theHotWashTheObservationsAndTheAnalysisPerObjectiveAreThere() {
        ReportDocument doc = english();
        assertThat(text(doc)).contains("The failover decision took a minute").contains("DNS TTL of 300 s");
        assertThat(blocks(section(doc, "objective-analysis/automatic-failover"), Facts.class).get(0).facts().get(0).value())
                .isEqualTo(Cell.of("S — performed with some challenges"));
        assertThat(text(doc)).contains("Two services kept the old address");
        assertThat(blocks(section(doc, "objective-analysis/app-reconnect"), BulletList.class))
                .anySatisfy(l -> assertThat(l.items()).extracting(Cell::text).containsExactly("Two services kept the old address"));
        assertThat(blocks(section(doc, "objective-analysis/data-consistency"), Facts.class)
                .get(0).facts().get(0).value()).isEqualTo(Cell.marked("not rated", Mark.WARNING));
    }

    @Test
    void whatTheJournalCannotKnowIsAFieldToFillNeverInvented() {
        ReportDocument doc = english();
        assertThat(blocks(doc, ToFill.class)).extracting(ToFill::field)
                .containsExactly("root-cause", "impact", "affected-users", "problem", "priority", "drill-lead", "cto");
        assertThat(blocks(section(doc, "root-cause"), ToFill.class).get(0))
                .isEqualTo(new ToFill("root-cause", "Root cause", "What caused it, as the post-mortem found"));
        Table actions = table(doc, TableIds.ACTION_ITEMS);
        assertThat(actions.headers()).containsExactly("Summary", "Description", "Owner", "Due date", "Priority", "Status");
        List<Cell> fromHotWash = actions.rows().get(0);
        assertThat(fromHotWash.get(0).text()).isEqualTo("Reconnect the Agent Service pods on a DNS change");
        assertThat(fromHotWash.get(2)).isEqualTo(Cell.fillable("app-team", Mark.PLAIN, actionItem("hotwash-1", "owner")));
        assertThat(fromHotWash.get(3)).isEqualTo(Cell.fillable("to fill", Mark.TO_FILL, actionItem("hotwash-1", "due")));
        assertThat(fromHotWash.get(5)).isEqualTo(Cell.fillable("open", Mark.PLAIN, actionItem("hotwash-1", "status")));
        assertThat(fromHotWash.subList(0, 2)).extracting(Cell::fill).containsOnly(Optional.empty());
        assertThat(actions.rows().get(1).get(0).text()).isEqualTo("Lower the DNS TTL of the database endpoint to 60 s");
    }

    @Test
    void theAuthorsEntriesFillTheFieldsLatestFirstAndOverrideAnActionItem() {
        List<IncidentEvent> amended = new ArrayList<>(events);
        fieldSet(amended, "root-cause", "", "", "the DNS TTL was 300 s");
        fieldSet(amended, "root-cause", "", "", "the DNS TTL was 300 s, and the pods cache the address");
        fieldSet(amended, "problems", "p1", "problem", "DNS update delay");
        fieldSet(amended, TableIds.ACTION_ITEMS, "hotwash-1", "due", "2027-01-15");
        fieldSet(amended, TableIds.ACTION_ITEMS, "hotwash-1", "priority", "high");
        fieldSet(amended, "drill-lead", "", "", "Ana, 2025-03-15");
        ReportDocument doc = build(amended, TextLanguage.ENGLISH);

        assertThat(section(doc, "root-cause").blocks()).containsExactly(new Paragraph(
                Cell.of("the DNS TTL was 300 s, and the pods cache the address")));
        Table problems = table(doc, "problems");
        assertThat(problems.rows()).containsExactly(List.of(Cell.fillable("DNS update delay", Mark.PLAIN, new FieldRef("problems", "p1", "problem")),
                Cell.fillable("to fill", Mark.TO_FILL, new FieldRef("problems", "p1", "priority"))));
        List<Cell> item = table(doc, TableIds.ACTION_ITEMS).rows().get(0);
        assertThat(item.subList(2, 6)).extracting(Cell::text).containsExactly("app-team", "2027-01-15", "high", "open");
        assertThat(blocks(doc, ToFill.class)).extracting(ToFill::field).containsExactly("impact", "affected-users", "cto");
        assertThat(table(doc, TableIds.TIMELINE).rows()).hasSameSizeAs(table(english(), TableIds.TIMELINE).rows());
    }

    @Test
    void aSignOffEnteredAsTheAnswersFileWritesItNamesWhoAndWhen() {
        List<IncidentEvent> amended = new ArrayList<>(events);
        fieldSet(amended, "sign-offs", "cto", "name", "Lee");
        fieldSet(amended, "sign-offs", "cto", "date", "2025-03-16");
        ReportDocument doc = build(amended, TextLanguage.ENGLISH);

        assertThat(blocks(section(doc, "sign-offs"), Facts.class)).flatExtracting(Facts::facts)
                .containsExactly(new Facts.Fact("CTO", Cell.of("Lee, 2025-03-16")));
        assertThat(blocks(section(doc, "sign-offs"), ToFill.class)).extracting(ToFill::field).containsExactly("drill-lead");
    }

    @Test
    void theBuiltInDrillTemplateAsksForTheRootCauseInEachLanguage() {
        for (TextLanguage language : List.of(TextLanguage.ENGLISH, TextLanguage.TRADITIONAL_CHINESE, TextLanguage.SIMPLIFIED_CHINESE)) {
            ReportTemplate template = ReportTemplates.builtIn("drill", language);
            ReportDocument doc = ReportDocuments.build(new ReportInput(plan, events, CHECKED, template, language));
            assertThat(doc.sections()).as(language.tag()).hasSameSizeAs(template.sections());
            assertThat(blocks(doc, ToFill.class)).as(language.tag()).extracting(ToFill::field).contains("root-cause", "conclusion", "approver");
            assertThat(table(doc, TableIds.TIMELINE).rows()).isNotEmpty();
            assertThat(table(doc, TableIds.CRITERIA).rows()).hasSize(4);
            assertThat(blocks(section(doc, "sign-offs"), ToFill.class)).extracting(ToFill::hint).as(language.tag())
                    .containsOnly(ReportWords.of(language).get("sign-off.hint"));
        }
        ReportDocument english = ReportDocuments.build(new ReportInput(plan, events, CHECKED, ReportTemplates.builtIn("drill",
                TextLanguage.ENGLISH), TextLanguage.ENGLISH));
        assertThat(blocks(english, ToFill.class)).filteredOn(f -> f.field().equals("root-cause")).singleElement()
                .satisfies(f -> assertThat(f.label()).isEqualTo("Root cause"));
    }

    @Test
    void aStepNobodyCheckedIsAWarningNeverAPlainSuccess() {
        ReportDocument doc = english();
        Table steps = table(doc, TableIds.STEPS);
        List<List<Cell>> unverified = steps.rows().stream().filter(r -> cell(steps, r, "How established").text().startsWith("not verified")).toList();
        assertThat(unverified).as("--auto cannot look at what a person is asked to check").isNotEmpty()
                .allSatisfy(r -> {
                    assertThat(cell(steps, r, "Status")).isEqualTo(Cell.marked("done", Mark.WARNING));
                    assertThat(cell(steps, r, "How established").mark()).isEqualTo(Mark.WARNING);
                });
        assertThat(steps.rows()).extracting(r -> cell(steps, r, "Status").text()).noneMatch(s -> s.equals("succeeded"));
        assertThat(steps.rows()).anySatisfy(r -> assertThat(cell(steps, r, "How established").text()).startsWith("verified by watching "));
        Chart.StepGantt gantt = blocks(section(doc, "steps"), Chart.StepGantt.class).get(0);
        assertThat(gantt.spans()).anySatisfy(s -> assertThat(s.mark()).isEqualTo(Mark.WARNING));
    }

    @Test
    void theReplicaLagIsEachDataStoresOwnReadingAndNoLineJoinsDifferentResources() {
        ReportSection lag = section(english(), "replica-lag");

        assertThat(blocks(lag, Chart.LagLine.class)).as("the board read each data store once: nothing to draw over time").isEmpty();
        Table stores = blocks(lag, Table.class).get(0);
        assertThat(stores.rows()).extracting(r -> r.get(0).text()).containsExactly("db-dr", "redis-dr", "blob-dr");
        assertThat(stores.rows()).extracting(r -> r.get(1).text())
                .containsExactly("azure-postgres-flexible", "azure-redis", "azure-blob-storage");
        assertThat(blocks(lag, Paragraph.class)).extracting(p -> p.text().text())
                .anySatisfy(words -> assertThat(words).contains("against an RPO of 1m"))
                .anySatisfy(words -> assertThat(words).startsWith("Lag read on 9 other resource(s)").contains("aks-dr, dr-api-gateway"));
    }

    @Test
    void aSimplifiedChineseReportOfTheTraditionalChinesePlanConvertsItAndSaysSo() {
        ReportDocument zhCn = build(events, TextLanguage.SIMPLIFIED_CHINESE);
        ReportDocument zhTw = build(events, TextLanguage.TRADITIONAL_CHINESE);
        assertThat(zhTw.languageNote()).isEmpty();
        assertThat(zhCn.languageNote()).contains("繁体中文").contains("简体中文");
        assertThat(zhTw.title()).startsWith("演練報告");
        assertThat(zhCn.title()).startsWith("演练报告");
        assertThat(text(zhTw)).contains("演練 1: 數據庫主節點故障 (Q1)");
        assertThat(text(zhCn)).contains("演练 1: 数据库主节点故障 (Q1)").doesNotContain("數據庫主節點");
        assertThat(table(zhCn, TableIds.TIMELINE).headers()).containsExactly("时间", "T+", "事件", "执行人", "结果");
        assertThat(table(zhTw, TableIds.TIMELINE).headers()).containsExactly("時間", "T+", "事件", "執行者", "結果");
        assertThat(zhCn.language()).isEqualTo("zh-CN");
    }

    @Test
    void theSameInputGivesTheSameDocument() {
        assertThat(english()).isEqualTo(english());
        assertThat(build(events, TextLanguage.SIMPLIFIED_CHINESE)).isEqualTo(build(List.copyOf(events), TextLanguage.SIMPLIFIED_CHINESE));
    }

    private static void fieldSet(List<IncidentEvent> journal, String field, String row, String column, String value) {
        IncidentEvent last = journal.get(journal.size() - 1);
        var data = JsonNodeFactory.instance.objectNode().put("field", field).put("value", value);
        if (!row.isEmpty()) {
            data.put("row", row).put("column", column);
        }
        journal.add(new IncidentEvent(last.seq() + 1, last.time().plusSeconds(60), "author", EventTypes.REPORT_FIELD_SET, data));
    }

    @Test
    void theRpoNotMeasuredSaysWhyForAResolvedAnAbortedAndARunningIncident() {
        assertThat(text(english())).contains("RPO not measured: the journal holds no promotion step (database.promote), so there is no moment");
        List<IncidentEvent> running = events.subList(0, events.indexOf(events.stream()
                .filter(e -> e.type().equals(EventTypes.STEP_STARTED)).findFirst().orElseThrow()) + 1);
        assertThat(text(build(running, TextLanguage.ENGLISH))).contains("RPO not measured yet: no promotion step (database.promote) has started");
        IncidentEvent last = running.get(running.size() - 1);
        List<IncidentEvent> aborted = new ArrayList<>(running);
        aborted.add(new IncidentEvent(last.seq() + 1, last.time().plusSeconds(30), FACILITATOR, EventTypes.ABORTED,
                JsonNodeFactory.instance.objectNode().put("reason", "drill stopped")));
        assertThat(text(build(aborted, TextLanguage.TRADITIONAL_CHINESE))).contains("RPO 未量測：事件在任何提升步驟（database.promote）開始前已中止");
    }

    private static FieldRef actionItem(String row, String column) {
        return new FieldRef(TableIds.ACTION_ITEMS, row, column);
    }
}

package dev.warroom.report;

import dev.warroom.core.report.doc.Block;
import dev.warroom.core.report.doc.BulletList;
import dev.warroom.core.report.doc.Cell;
import dev.warroom.core.report.doc.Chart;
import dev.warroom.core.report.doc.Facts;
import dev.warroom.core.report.doc.JournalCheck;
import dev.warroom.core.report.doc.Mark;
import dev.warroom.core.report.doc.Paragraph;
import dev.warroom.core.report.doc.ReportDocument;
import dev.warroom.core.report.doc.ReportSection;
import dev.warroom.core.report.doc.Table;
import dev.warroom.core.report.doc.TableIds;
import dev.warroom.core.report.doc.ToFill;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Report documents built by hand: every kind of block and chart, hostile text from a plan, Chinese. */
public final class TestDocuments {

    public static final String HASH = "9f2c4e0b7a1d3c5e8f6a2b4d1c3e5f7a9b0c2d4e6f8a1b3c5d7e9f0a2b4c6d8e";
    /** A step title written to break out of a table, a link and the page. */
    public static final String HOSTILE_TITLE = "Promote | replica [click](javascript:alert(1)) <script>alert('x')</script> <img src=x onerror=alert(2)>";
    public static final String CHINESE_TITLE = "提升備援資料庫為主庫";

    private TestDocuments() {
    }

    public static JournalCheck verified() {
        return new JournalCheck(HASH, true, "chain intact, 88 events, sealed at event 88");
    }

    public static JournalCheck failed() {
        return new JournalCheck(HASH, false, "event 10 (step.confirmed) was altered: its hash does not match its content");
    }

    public static ReportDocument drill(String language, JournalCheck journal) {
        return new ReportDocument("Drill report — AI Workflow | db-primary-drill-q1", language, "drill", journal, List.of(
                summary(), objectives(), steps(), timeline(), actionItems(), rootCause(), notes()), "");
    }

    public static ReportDocument drill() {
        return drill("en", verified());
    }

    private static ReportSection summary() {
        return new ReportSection("summary", "Basic information", List.of(new Facts(List.of(
                new Facts.Fact("Drill", Cell.of("db-primary-drill-q1")),
                new Facts.Fact("System", Cell.of("AI Workflow Platform 人工智慧工作流程")),
                new Facts.Fact("Outcome", Cell.marked("resolved", Mark.GOOD))))));
    }

    private static ReportSection objectives() {
        List<Block> blocks = List.of(
                new Paragraph(Cell.of("RTO and RPO judged against the drill's own targets.")),
                new Table("metrics", "Target vs actual", List.of("Metric", "Target", "Actual", "Verdict"), List.of(
                        List.of(Cell.of("RTO"), Cell.of("5m"), Cell.of("4m12s"), Cell.marked("met", Mark.GOOD)),
                        List.of(Cell.of("RPO"), Cell.of("30s"), Cell.of("not measured"), Cell.marked("undetermined", Mark.WARNING)))),
                new Chart.PhaseBars("RTO phases", "Detection took 1m of a 2m budget; recovery took 3m of a 2m budget.", List.of(
                        new Chart.Bar("Detection", Optional.of(Duration.ofMinutes(1)), Optional.of(Duration.ofMinutes(2)), Mark.GOOD, "1m", "2m"),
                        new Chart.Bar("Recovery", Optional.of(Duration.ofMinutes(3)), Optional.of(Duration.ofMinutes(2)), Mark.BAD, "3m", "2m"),
                        new Chart.Bar("Verification", Optional.empty(), Optional.of(Duration.ofMinutes(1)), Mark.WARNING, "not measured", "1m")), ""),
                new Chart.LagLine("Replica lag", "Lag stayed under the RPO of 30s until the promotion at T+2m.", lagPoints(60),
                        Optional.of(Duration.ofSeconds(30)), Optional.of(Duration.ofMinutes(2))),
                new Chart.CriteriaChart("Criteria", "2 of 3 criteria met.", List.of(
                        new Chart.Bar("apps reconnected within 30 s", Optional.of(Duration.ofMillis(12_500)), Optional.of(Duration.ofSeconds(30)), Mark.GOOD, "13s", "30s"),
                        new Chart.Bar("RTO ≤ 5m", Optional.of(Duration.ofMinutes(6)), Optional.of(Duration.ofMinutes(5)), Mark.BAD, "6m", "5m")), ""));
        return new ReportSection("recovery-objectives", "Recovery objectives", blocks);
    }

    private static List<Chart.Point> lagPoints(int count) {
        List<Chart.Point> points = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            points.add(new Chart.Point("db-dr", Duration.ofSeconds(2L * i), Duration.ofMillis(500L * (i % 7))));
        }
        return points;
    }

    private static ReportSection steps() {
        Table table = new Table(TableIds.STEPS, "", List.of("Procedure", "Step", "Status", "How established", "Confirmed by"), List.of(
                List.of(Cell.of("failover"), Cell.of(HOSTILE_TITLE), Cell.marked("done", Mark.GOOD), Cell.of("verified by watching"),
                        Cell.of("alice")),
                List.of(Cell.of("failover"), Cell.of(CHINESE_TITLE), Cell.marked("done — not verified", Mark.WARNING),
                        Cell.of("not verified"), Cell.of("autopilot"))));
        Chart.StepGantt gantt = new Chart.StepGantt("Steps over time", "2 steps between T+1m and T+4m.", List.of(
                new Chart.Span(HOSTILE_TITLE, Duration.ofMinutes(1), Duration.ofMinutes(2), Mark.GOOD),
                new Chart.Span(CHINESE_TITLE, Duration.ofMinutes(2), Duration.ofMinutes(4), Mark.WARNING)), "");
        ReportSection detail = new ReportSection("step-detail", "Step " + HOSTILE_TITLE,
                List.of(new Paragraph(Cell.of(HOSTILE_TITLE)), new BulletList(List.of(Cell.of(HOSTILE_TITLE), Cell.of("second item")))));
        return new ReportSection("steps", "Steps", List.of(table, gantt), List.of(detail));
    }

    private static ReportSection timeline() {
        return new ReportSection("timeline", "Timeline", List.of(new Table(TableIds.TIMELINE, "",
                List.of("Time", "T+", "Event", "Actor", "Outcome"), List.of(
                        List.of(Cell.of("09:00:00"), Cell.of("-2m"), Cell.of("Impact: region down, \"East US\""), Cell.of("drill"),
                                Cell.of("")),
                        List.of(Cell.of("09:02:00"), Cell.of("0s"), Cell.of("=HYPERLINK(\"http://evil.example\",\"x\")"), Cell.of("@mallory"),
                                Cell.of("+1 line\nsecond line")),
                        List.of(Cell.of("09:04:00"), Cell.of("2m"), Cell.of(CHINESE_TITLE), Cell.of("王小明"), Cell.marked("done", Mark.GOOD))))));
    }

    private static ReportSection actionItems() {
        return new ReportSection("action-items", "Follow-up actions", List.of(new Table(TableIds.ACTION_ITEMS, "",
                List.of("Summary", "Description", "Owner", "Due date", "Priority", "Status"), List.of(
                        List.of(Cell.of("page the DBA on call sooner"), Cell.of("from the hot wash, by erin"), Cell.of("erin"),
                                Cell.of("2025-04-01"), Cell.of("high"), Cell.of("open")),
                        List.of(Cell.of("-watch replica lag"), Cell.of("nobody watched the replica lag"), Cell.marked("", Mark.TO_FILL),
                                Cell.marked("", Mark.TO_FILL), Cell.of("medium"), Cell.of("open"))))));
    }

    private static ReportSection rootCause() {
        return new ReportSection("root-cause", "Root cause", List.of(new ToFill("root-cause", "Root cause", "What made the primary fail?")));
    }

    private static ReportSection notes() {
        return new ReportSection("notes", "Notes", List.of(new Paragraph(Cell.of(String.join("\n",
                "# not a heading", "- not a list", "1. not numbered", "> not a quote", "    not code", "---", "=====", "| not | a table |",
                "```", "&lt;b&gt; stays an entity's text", "**not bold** _nor this_", "`not code`", "~~not struck~~")))));
    }
}

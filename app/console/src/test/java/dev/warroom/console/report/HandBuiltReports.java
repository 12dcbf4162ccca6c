package dev.warroom.console.report;

import dev.warroom.core.incident.IncidentEvent;
import dev.warroom.core.journal.Verdict;
import dev.warroom.core.plan.model.Plan;
import dev.warroom.core.plan.model.ReportTemplate;
import dev.warroom.core.plan.model.SectionContent;
import dev.warroom.core.plan.model.TemplateField;
import dev.warroom.core.plan.model.TemplateSection;
import dev.warroom.core.report.doc.BulletList;
import dev.warroom.core.report.doc.Cell;
import dev.warroom.core.report.doc.Chart;
import dev.warroom.core.report.doc.Facts;
import dev.warroom.core.report.doc.FieldRef;
import dev.warroom.core.report.doc.JournalCheck;
import dev.warroom.core.report.doc.Mark;
import dev.warroom.core.report.doc.Paragraph;
import dev.warroom.core.report.doc.ReportDocument;
import dev.warroom.core.report.doc.ReportSection;
import dev.warroom.core.report.doc.Table;
import dev.warroom.core.report.doc.TableIds;
import dev.warroom.core.report.doc.ToFill;
import dev.warroom.core.text.TextLanguage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Report documents built by hand, with every kind of block and chart, standing in for core's document
 * builder: the author's fields filled so far (the events' report.field-set) replace their boxes.
 */
final class HandBuiltReports {

    /** A step title longer than a chart's label column. */
    static final String LONG_STEP = "Check the DR replica's lag is below 30 seconds before promoting it";

    static final ReportTemplate INCIDENT = template("incident", "Incident report");
    static final ReportTemplate DRILL = template("drill", "Drill report");

    private HandBuiltReports() {
    }

    private static ReportTemplate template(String id, String title) {
        return new ReportTemplate(id, title, null, null, List.of(new TemplateSection("root-cause", "Root cause", null, SectionContent.FIELD,
                List.of(new TemplateField("root-cause", "Root cause", null, "What made it fail")))));
    }

    /** The document for these events in this template and language; {@code filled} gives each field's entry. */
    static ReportDocument document(ReportTemplate template, TextLanguage language, java.util.Map<String, String> filled, int events) {
        boolean chinese = !language.equals(TextLanguage.ENGLISH);
        List<ReportSection> sections = new ArrayList<>();
        sections.add(new ReportSection("summary", chinese ? "基本資訊" : "Summary", List.of(new Facts(List.of(
                new Facts.Fact(chinese ? "系統" : "System", Cell.of("AI Workflow Platform")),
                new Facts.Fact(chinese ? "模式" : "Mode", Cell.of("TABLETOP")),
                new Facts.Fact(chinese ? "結果" : "Outcome", Cell.marked(chinese ? "已恢復" : "Recovered", Mark.GOOD)),
                new Facts.Fact(chinese ? "事件數" : "Events", Cell.of(Integer.toString(events))))))));
        sections.add(new ReportSection("recovery-objectives", chinese ? "恢復目標" : "Recovery objectives", List.of(
                new Chart.PhaseBars(chinese ? "RTO 各階段" : "RTO phases", "Detect 2 min of 5; decide 6 min of 5; recover 12 min of 20",
                        List.of(bar("Detect", 2, 5, Mark.GOOD), bar("Decide", 6, 5, Mark.BAD), bar("Recover", 12, 20, Mark.GOOD)), ""),
                new Chart.LagLine(chinese ? "複寫延遲" : "Replica lag", "Lag peaked at 48 s against an RPO of 60 s", List.of(
                        point(0, 2), point(120, 20), point(300, 48), point(480, 12), point(600, 0)),
                        Optional.of(Duration.ofSeconds(60)), Optional.of(Duration.ofSeconds(420))))));
        sections.add(new ReportSection("steps", chinese ? "步驟" : "Steps", List.of(
                new Chart.StepGantt(chinese ? "步驟甘特圖" : "Steps over time", "Three steps, one not verified", List.of(
                        new Chart.Span("promote-dr-db", Duration.ofMinutes(7), Duration.ofMinutes(10), Mark.GOOD),
                        new Chart.Span("update-dns", Duration.ofMinutes(10), Duration.ofMinutes(12), Mark.WARNING),
                        new Chart.Span("scale-api-gateway", Duration.ofMinutes(12), Duration.ofMinutes(16), Mark.GOOD),
                        new Chart.Span(LONG_STEP, Duration.ofMinutes(16), Duration.ofMinutes(17), Mark.GOOD)), ""),
                new Table(TableIds.STEPS, "", List.of("Step", "Confirmed by", "Outcome"), List.of(
                        List.of(Cell.of("promote-dr-db"), Cell.of("alice"), Cell.marked("verified by watching replication.role", Mark.GOOD)),
                        List.of(Cell.of("update-dns"), Cell.of("alice"), Cell.marked("not verified", Mark.WARNING)),
                        List.of(Cell.of("<script>alert(1)</script>"), Cell.of("bob"), Cell.marked("failed", Mark.BAD)))))));
        sections.add(new ReportSection("criteria", chinese ? "演練準則" : "Drill criteria", List.of(
                new Chart.CriteriaChart(chinese ? "準則達成" : "Criteria met and missed", "One met, one missed", List.of(
                        bar("RTO ≤ 30 min", 22, 30, Mark.GOOD), bar("Data loss ≤ 1 min", 2, 1, Mark.BAD)), ""))));
        sections.add(new ReportSection("notes", chinese ? "備註" : "Notes", List.of(new BulletList(List.of(
                Cell.of("Bridge call open on #incident-response"), Cell.marked("db-dr lag alert fired 4 min late", Mark.WARNING))))));
        sections.add(new ReportSection("action-items", chinese ? "改善行動" : "Action items", List.of(new Table(TableIds.ACTION_ITEMS, "",
                List.of("Summary", "Owner", "Due date"), List.of(List.of(Cell.of("Lower the DNS TTL"),
                        actionCell(filled, "owner", chinese), actionCell(filled, "due", chinese)))))));
        sections.add(new ReportSection("root-cause", chinese ? "根本原因" : "Root cause", List.of(filled.containsKey("root-cause")
                ? new Paragraph(Cell.of(filled.get("root-cause")))
                : new ToFill("root-cause", chinese ? "根本原因" : "Root cause", "What made it fail"))));
        sections.add(new ReportSection("conclusion", chinese ? "結論" : "Conclusion", List.of(filled.containsKey("conclusion")
                ? new Paragraph(Cell.of(filled.get("conclusion")))
                : new ToFill("conclusion", chinese ? "結論" : "Conclusion", "Was the drill a success?"))));
        String title = template.title() + (chinese ? "：AI 工作流程平台" : ": AI Workflow Platform");
        return new ReportDocument(title, language.tag(), template.id(), new JournalCheck("9f3c0a7e5b1d", true,
                chinese ? "雜湊鏈完整，" + events + " 個事件" : "chain intact, " + events + " events"), sections, "");
    }

    /** The action item's row the author fills: {@value #ACTION_ROW}. */
    static final String ACTION_ROW = "note-3";

    private static Cell actionCell(java.util.Map<String, String> filled, String column, boolean chinese) {
        String value = filled.get(TableIds.ACTION_ITEMS + "/" + ACTION_ROW + "/" + column);
        FieldRef ref = new FieldRef(TableIds.ACTION_ITEMS, ACTION_ROW, column);
        return value == null ? Cell.fillable(chinese ? "待填寫" : "to fill", Mark.TO_FILL, ref) : Cell.fillable(value, Mark.PLAIN, ref);
    }

    private static Chart.Bar bar(String label, long actual, long budget, Mark mark) {
        return new Chart.Bar(label, Optional.of(Duration.ofMinutes(actual)), Optional.of(Duration.ofMinutes(budget)), mark,
                actual + "m", budget + "m");
    }

    private static Chart.Point point(long at, long lag) {
        return new Chart.Point("db-dr", Duration.ofSeconds(at), Duration.ofSeconds(lag));
    }

    /** The author's entries among {@code events}, the last per field (or per field/row/column for a cell) winning. */
    static java.util.Map<String, String> filled(List<IncidentEvent> events) {
        java.util.Map<String, String> filled = new java.util.HashMap<>();
        events.stream().filter(e -> dev.warroom.core.incident.EventTypes.REPORT_FIELD_SET.equals(e.type()))
                .forEach(e -> filled.put(e.data().has("row") ? e.text("field") + "/" + e.text("row") + "/" + e.text("column") : e.text("field"),
                        e.text("value")));
        return filled;
    }

    /** A maker over the hand-built documents; {@code render} writes the document's texts, one a line, in the format's name. */
    static ReportMaking maker(Renderer renderer) {
        return new ReportMaking() {
            @Override
            public List<ReportTemplate> templates(Plan plan, TextLanguage language) {
                return List.of(INCIDENT, DRILL);
            }

            @Override
            public ReportTemplate defaultTemplate(Plan plan, List<IncidentEvent> events, TextLanguage language) {
                return INCIDENT;
            }

            @Override
            public ReportDocument build(Plan plan, List<IncidentEvent> events, Verdict journal, ReportTemplate template,
                    TextLanguage language) {
                return document(template, language, filled(events), events.size());
            }

            @Override
            public void render(ReportDocument document, dev.warroom.report.ReportFormat format, java.io.OutputStream out)
                    throws java.io.IOException {
                renderer.render(document, format, out);
            }
        };
    }

    @FunctionalInterface
    interface Renderer {
        void render(ReportDocument document, dev.warroom.report.ReportFormat format, java.io.OutputStream out) throws java.io.IOException;
    }

    /** Writes every text of the document, one a line: enough to find an entry in an export. */
    static void plainText(ReportDocument document, dev.warroom.report.ReportFormat format, java.io.OutputStream out)
            throws java.io.IOException {
        StringBuilder text = new StringBuilder(format.word()).append('\n').append(document.title()).append('\n');
        for (ReportSection section : document.sections()) {
            text.append(section.title()).append('\n');
            section.blocks().forEach(block -> text.append(block).append('\n'));
        }
        out.write(text.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}

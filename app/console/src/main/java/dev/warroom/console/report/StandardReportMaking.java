package dev.warroom.console.report;

import dev.warroom.core.incident.EventTypes;
import dev.warroom.core.incident.IncidentEvent;
import dev.warroom.core.journal.Verdict;
import dev.warroom.core.plan.model.Plan;
import dev.warroom.core.plan.model.ReportTemplate;
import dev.warroom.core.report.ReportDocuments;
import dev.warroom.core.report.ReportInput;
import dev.warroom.core.report.ReportTemplates;
import dev.warroom.core.report.doc.JournalCheck;
import dev.warroom.core.report.doc.ReportDocument;
import dev.warroom.core.text.TextLanguage;
import dev.warroom.report.ReportFormat;
import dev.warroom.report.ReportRenderer;
import dev.warroom.report.html.HtmlReportRenderer;
import dev.warroom.report.pdf.PdfReportRenderer;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The report as the command line writes it: core's templates and document builder, the report module's renderers. */
public final class StandardReportMaking implements ReportMaking {

    private final Map<ReportFormat, ReportRenderer> renderers = new EnumMap<>(ReportFormat.class);

    public StandardReportMaking() {
        for (ReportRenderer renderer : List.of(new HtmlReportRenderer(), new PdfReportRenderer())) {
            renderers.put(renderer.format(), renderer);
        }
    }

    @Override
    public List<ReportTemplate> templates(Plan plan, TextLanguage language) {
        List<ReportTemplate> offered = new ArrayList<>(ReportTemplates.builtIns(language));
        plan.reportTemplates().stream().filter(own -> offered.stream().noneMatch(t -> t.id().equals(own.id()))).forEach(offered::add);
        return List.copyOf(offered);
    }

    @Override
    public ReportTemplate defaultTemplate(Plan plan, List<IncidentEvent> events, TextLanguage language) {
        boolean drill = events.stream().filter(e -> EventTypes.OPENED.equals(e.type())).findFirst()
                .map(e -> !e.data().path("drill").asText("").isEmpty()).orElse(false);
        return ReportTemplates.defaultFor(plan, drill, language);
    }

    @Override
    public ReportDocument build(Plan plan, List<IncidentEvent> events, Verdict journal, ReportTemplate template, TextLanguage language) {
        return ReportDocuments.build(new ReportInput(plan, events, check(journal, language), template, language));
    }

    /** What verifying the journal found, in the report's language, with the head a reader can check the journal against. */
    static JournalCheck check(Verdict verdict, TextLanguage language) {
        String chinese = language.tag();
        String words;
        if (verdict.ok()) {
            words = switch (chinese) {
                case "zh-TW" -> "雜湊鏈完整，共 " + verdict.eventCount() + " 個事件" + (verdict.seal().isPresent() ? "，已封存" : "，尚未封存");
                case "zh-CN" -> "哈希链完整，共 " + verdict.eventCount() + " 个事件" + (verdict.seal().isPresent() ? "，已封存" : "，尚未封存");
                default -> "chain intact, " + verdict.eventCount() + " events, " + verdict.sealWords();
            };
        } else {
            String problem = verdict.problem().map(p -> p.message()).orElse("");
            words = switch (chinese) {
                case "zh-TW" -> "日誌驗證失敗：" + problem;
                case "zh-CN" -> "日志验证失败：" + problem;
                default -> "the journal FAILED verification: " + problem;
            };
        }
        return new JournalCheck(verdict.lastHash(), verdict.ok(), words);
    }

    @Override
    public void render(ReportDocument document, ReportFormat format, OutputStream out) throws IOException {
        ReportRenderer renderer = renderers.get(format);
        if (renderer == null) {
            throw new IOException("this build writes " + String.join(", ", renderers.keySet().stream().map(ReportFormat::word).toList())
                    + "; the " + format.word() + " renderer is not part of it");
        }
        renderer.render(document, out);
    }
}

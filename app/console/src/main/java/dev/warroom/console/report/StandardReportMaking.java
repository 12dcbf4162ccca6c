package dev.warroom.console.report;

import dev.warroom.core.incident.EventTypes;
import dev.warroom.core.incident.IncidentEvent;
import dev.warroom.core.journal.Verdict;
import dev.warroom.core.plan.model.Plan;
import dev.warroom.core.plan.model.ReportTemplate;
import dev.warroom.core.report.JournalChecks;
import dev.warroom.core.report.ReportDocuments;
import dev.warroom.core.report.ReportInput;
import dev.warroom.core.report.ReportTemplates;
import dev.warroom.core.report.doc.ReportDocument;
import dev.warroom.core.text.TextLanguage;
import dev.warroom.report.ReportFormat;
import dev.warroom.report.ReportRenderer;
import dev.warroom.report.Renderers;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/** The report as the command line writes it: core's templates and document builder, the report module's renderers. */
public final class StandardReportMaking implements ReportMaking {

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
        return ReportDocuments.build(new ReportInput(plan, events, JournalChecks.of(journal, List.of(), language), template, language));
    }

    @Override
    public void render(ReportDocument document, ReportFormat format, OutputStream out) throws IOException {
        ReportRenderer renderer = Renderers.of(format).orElseThrow(() -> new IOException("this build writes "
                + String.join(", ", Renderers.available().stream().map(ReportFormat::word).toList()) + "; not " + format.word()));
        renderer.render(document, out);
    }
}

package dev.warroom.console.report;

import dev.warroom.core.incident.IncidentEvent;
import dev.warroom.core.journal.Verdict;
import dev.warroom.core.plan.model.Plan;
import dev.warroom.core.plan.model.ReportTemplate;
import dev.warroom.core.report.doc.ReportDocument;
import dev.warroom.core.text.TextLanguage;
import dev.warroom.report.ReportFormat;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * The two steps every front end calls, as the report view sees them: plan and journal to a document
 * (core.report), a document to bytes (the report module's renderers). All blocking: called on the
 * report view's lanes, never on the FX thread.
 */
public interface ReportMaking {

    /** The templates offered for {@code plan}, in the report language: the built-in ones, then the plan's own. */
    List<ReportTemplate> templates(Plan plan, TextLanguage language);

    /** The template a report of these events starts with (a drill gets the drill report), in the report language. */
    ReportTemplate defaultTemplate(Plan plan, List<IncidentEvent> events, TextLanguage language);

    /** The document: a pure function of plan, events, what verifying the journal found, template and language. */
    ReportDocument build(Plan plan, List<IncidentEvent> events, Verdict journal, ReportTemplate template, TextLanguage language);

    void render(ReportDocument document, ReportFormat format, OutputStream out) throws IOException;
}

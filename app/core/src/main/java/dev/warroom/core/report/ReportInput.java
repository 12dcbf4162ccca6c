package dev.warroom.core.report;

import dev.warroom.core.incident.IncidentEvent;
import dev.warroom.core.plan.model.Plan;
import dev.warroom.core.plan.model.ReportTemplate;
import dev.warroom.core.report.doc.JournalCheck;
import dev.warroom.core.text.TextLanguage;
import java.util.List;

/**
 * Everything a report document is a pure function of: the plan that ran (the pinned one), the journal's
 * events (the author's fields among them), what verifying the journal found, the template, and the
 * language of the report's own words.
 */
public record ReportInput(Plan plan, List<IncidentEvent> events, JournalCheck journal, ReportTemplate template, TextLanguage language) {

    public ReportInput {
        events = List.copyOf(events);
    }
}

package dev.warroom.core.report.doc;

import java.util.List;

/**
 * A report ready to lay out.
 *
 * @param language     tag of the report's own words (en, zh-TW, zh-CN); the plan's text appears as written
 * @param templateId   the template it was built from
 * @param languageNote said when the plan's text was converted (e.g. Traditional to Simplified Chinese), else ""
 */
public record ReportDocument(String title, String language, String templateId, JournalCheck journal, List<ReportSection> sections,
        String languageNote) {

    public ReportDocument {
        sections = List.copyOf(sections);
    }
}

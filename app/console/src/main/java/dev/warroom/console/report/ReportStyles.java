package dev.warroom.console.report;

import dev.warroom.core.report.doc.Mark;
import java.util.Locale;

/** The report view's style classes (themes/report.css). */
final class ReportStyles {
    static final String VIEW = "wr-report-view";
    static final String BAR = "wr-report-bar";
    static final String PAGE = "wr-report-page";
    static final String TITLE = "wr-report-title";
    static final String CHECK = "wr-report-check";
    static final String NOTE = "wr-report-note";
    static final String SECTION = "wr-report-section";
    static final String HEADING = "wr-report-heading";
    static final String PARAGRAPH = "wr-report-paragraph";
    static final String BULLET = "wr-report-bullet";
    static final String FACT_LABEL = "wr-report-fact-label";
    static final String TABLE = "wr-report-table";
    static final String TABLE_HEAD = "wr-report-table-head";
    static final String TABLE_CELL = "wr-report-table-cell";
    static final String CAPTION = "wr-report-caption";
    static final String TO_FILL = "wr-report-to-fill";
    static final String CHART = "wr-report-chart";
    static final String CHART_TITLE = "wr-report-chart-title";
    static final String CHART_AXIS = "wr-report-chart-axis";
    static final String CHART_TEXT = "wr-report-chart-text";
    static final String CHART_BUDGET = "wr-report-chart-budget";
    static final String CHART_LIMIT = "wr-report-chart-limit";
    static final String CHART_LINE = "wr-report-chart-line";
    static final String STATUS = "wr-report-status";

    private ReportStyles() {
    }

    /** The class a mark gives a cell or a chart's shape: wr-mark-good, wr-mark-bad, wr-mark-warning, wr-mark-to-fill, wr-mark-plain. */
    static String mark(Mark mark) {
        return "wr-mark-" + mark.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}

package dev.warroom.console.room.header;

/** Style classes of the header, defined in themes/board.css. */
final class HeaderStyles {
    static final String HEADER = "wr-header";
    static final String MODE_BANNER = "wr-mode-banner";
    static final String INCIDENT_TITLE = "wr-incident-title";
    static final String INCIDENT_STATUS = "wr-incident-status";
    static final String PAUSED = "wr-drill-paused";
    static final String SEVERITY = "wr-incident-severity";
    static final String GAUGE = "wr-gauge";
    static final String GAUGE_CAPTION = "wr-gauge-caption";
    static final String GAUGE_VALUE = "wr-gauge-value";
    static final String GAUGE_TARGET = "wr-gauge-target";
    static final String GAUGE_BAR = "wr-gauge-bar";
    static final String PLAN_CHECK = "wr-plan-check";
    static final String PLAN_CHECK_HEADLINE = "wr-plan-check-headline";
    static final String PLAN_CHECK_PROBLEM = "wr-plan-check-problem";

    private HeaderStyles() {
    }
}

package dev.warroom.console.start;

/** Style classes of the start screen, defined in themes/start.css. */
final class StartStyles {
    static final String SCREEN = "wr-start";
    static final String COLUMN = "wr-start-column";
    static final String SECTION = "wr-start-section";
    static final String CAPTION = "wr-start-caption";
    static final String DETAILS = "wr-start-details";
    static final String SYSTEM = "wr-start-system";
    static final String SUMMARY = "wr-start-summary";
    static final String PROBLEMS = "wr-start-problems";
    static final String PROBLEM = "wr-start-problem";
    static final String MODE = "wr-mode-toggle";
    static final String MODE_NOTE = "wr-mode-note";
    static final String NOTICE = "wr-start-notice";
    static final String FAILURE = "wr-start-failure";
    static final String RESUME_CELL = "wr-resume-cell";
    static final String RESUME_TITLE = "wr-resume-title";
    static final String RESUME_META = "wr-resume-meta";
    static final String LIVE_SHEET = "wr-live-sheet";
    static final String LIVE_WARNING = "wr-live-warning";
    static final String LIVE_IDENTITIES = "wr-live-identities";
    static final String LIVE_IDENTITY = "wr-live-identity";
    static final String LIVE_SHELL = "wr-live-shell";
    static final String SHELL = "wr-shell-choice";
    static final String SHELL_ALLOW = "wr-shell-allow";
    static final String SHELL_COMMAND = "wr-shell-command";
    static final String OPEN_ROW = "wr-start-open-row";
    static final String DRILL_CELL = "wr-drill-cell";
    static final String DRILL_TITLE = "wr-drill-title";
    static final String DRILL_WRITTEN = "wr-drill-written";
    static final String DRILL_META = "wr-drill-meta";
    static final String DRILL_CARD = "wr-drill-card";
    static final String DRILL_HEADING = "wr-drill-heading";
    static final String DRILL_CRITERION = "wr-drill-criterion";

    private StartStyles() {
    }
}

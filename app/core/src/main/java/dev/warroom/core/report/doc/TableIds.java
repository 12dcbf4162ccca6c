package dev.warroom.core.report.doc;

/** The ids of the tables renderers look for. */
public final class TableIds {
    public static final String TIMELINE = "timeline";
    /**
     * Action items, with the columns an issue tracker imports, in this order: summary, description, owner,
     * due date, priority, status.
     */
    public static final String ACTION_ITEMS = "action-items";
    public static final String STEPS = "steps";
    public static final String DECISIONS = "decision-path";
    public static final String CRITERIA = "drill-criteria";
    public static final String INJECTS = "injects";

    private TableIds() {
    }
}

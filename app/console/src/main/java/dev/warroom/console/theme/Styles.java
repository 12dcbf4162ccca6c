package dev.warroom.console.theme;

/** Style-class names used by the views and defined in themes/*.css. */
public final class Styles {
    public static final String TITLE = "wr-title";
    public static final String PLAN_CELL = "wr-plan-cell";
    public static final String PLAN_SYSTEM = "wr-plan-system";
    public static final String PLAN_META = "wr-plan-meta";
    public static final String PLAN_PROBLEM = "wr-plan-problem";

    private Styles() {
    }
}

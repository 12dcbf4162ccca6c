package dev.warroom.console.room.reference;

/** Style classes of the reference panel; defined in themes/reference.css. */
public final class ReferenceStyles {
    public static final String PANEL = "wr-reference";
    public static final String HEADING = "wr-reference-heading";
    public static final String TITLE = "wr-reference-title";
    public static final String DETAIL = "wr-reference-detail";
    public static final String CADENCE = "wr-reference-cadence";
    public static final String OVERDUE = "overdue";
    /** The "derived" word beside what the plan's author added beyond the source document; used across the room. */
    public static final String DERIVED = "wr-derived";

    private ReferenceStyles() {
    }
}

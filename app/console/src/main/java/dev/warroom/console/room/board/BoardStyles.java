package dev.warroom.console.room.board;

import javafx.css.PseudoClass;

/** Style classes and pseudo-classes of the state board, defined in themes/board.css. */
public final class BoardStyles {
    public static final String BOARD = "wr-board";
    /** The war room's left column that holds the board; as wide as the type is large. */
    public static final String BOARD_COLUMN = "wr-board-column";
    public static final String SITE_CARD = "wr-site-card";
    public static final String SITE_TITLE = "wr-site-title";
    public static final String SITE_TITLE_EN = "wr-site-title-en";
    public static final String SITE_META = "wr-site-meta";
    public static final String SITE_ROLE = "wr-site-role";
    public static final String FOLD = "wr-fold";
    public static final String SITE_SUMMARY = "wr-site-summary";
    public static final String RESOURCE = "wr-resource";
    public static final String RESOURCE_TITLE = "wr-resource-title";
    public static final String KIND_ICON = "wr-kind-icon";
    public static final String AGE = "wr-age";
    public static final String BADGE = "wr-badge";
    public static final String ROLE = "wr-role";
    public static final String DETAIL = "wr-detail";
    public static final String LAG = "wr-lag";
    public static final String ERROR = "wr-error";
    public static final String SPARKLINE = "wr-sparkline";
    public static final String SPARKLINE_LINE = "wr-sparkline-line";

    /** A resource whose status, health or role just changed. */
    public static final PseudoClass FLASH = PseudoClass.getPseudoClass("flash");
    /** A site card folded to its summary. */
    public static final PseudoClass FOLDED = PseudoClass.getPseudoClass("folded");
    /** A role that departs from the plan's design. */
    public static final PseudoClass ROLE_CHANGED = PseudoClass.getPseudoClass("role-changed");

    private BoardStyles() {
    }
}

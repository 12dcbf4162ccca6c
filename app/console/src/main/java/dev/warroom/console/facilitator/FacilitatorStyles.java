package dev.warroom.console.facilitator;

import javafx.css.PseudoClass;
import javafx.scene.Node;

/** The facilitator window's style classes and pseudo-classes (themes/facilitator.css). */
final class FacilitatorStyles {

    static final String SCREEN = "wr-facilitator";
    static final String CLOCK_BAR = "wr-facilitator-clock";
    static final String TITLE = "wr-facilitator-title";
    static final String MODE = "wr-facilitator-mode";
    static final String TIME = "wr-facilitator-time";
    static final String MUTED = "wr-facilitator-muted";
    static final String PROBLEM = "wr-facilitator-problem";
    static final String SECTION = "wr-facilitator-section";
    static final String INJECT = "wr-inject-row";
    static final String INJECT_STATUS = "wr-inject-status";
    static final String INJECT_MESSAGE = "wr-inject-message";
    static final String INJECT_DETAIL = "wr-inject-detail";
    static final String OBSERVATION = "wr-observation-row";
    static final String CRITERION = "wr-criterion-row";
    static final String VERDICT = "wr-verdict";
    static final String HINT = "wr-facilitator-hint";

    private FacilitatorStyles() {
    }

    /** Turns pseudo-class {@code name} on or off: themes colour inject states, verdicts and a paused clock by it. */
    static void mark(Node node, String name, boolean on) {
        node.pseudoClassStateChanged(PseudoClass.getPseudoClass(name), on);
    }
}

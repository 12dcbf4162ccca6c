package dev.warroom.console.room.tree;

import dev.warroom.core.plan.model.NodeType;
import java.util.Locale;
import javafx.css.PseudoClass;

/** Style classes and states of the decision tree, defined in themes/procedure.css. */
final class TreeStyles {

    static final String PANE = "wr-tree";
    static final String GRAPH = "wr-tree-graph";
    static final String NODE = "wr-tree-node";
    static final String NODE_TITLE = "wr-tree-node-title";
    static final String NODE_TITLE_EN = "wr-tree-node-title-en";
    static final String EDGE = "wr-tree-edge";
    static final String EDGE_LINE = "wr-tree-edge-line";
    static final String EDGE_ARROW = "wr-tree-edge-arrow";
    static final String EDGE_LABEL = "wr-tree-edge-label";
    static final String ZOOM_BAR = "wr-tree-zoom";

    static final String PANEL = "wr-decision";
    static final String PANEL_SCROLL = "wr-decision-scroll";
    static final String PANEL_KIND = "wr-decision-kind";
    static final String PANEL_TITLE = "wr-decision-title";
    static final String PANEL_TITLE_EN = "wr-decision-title-en";
    static final String PANEL_TEXT = "wr-decision-text";
    static final String PANEL_MUTED = "wr-decision-muted";
    static final String SUGGESTION = "wr-decision-suggestion";
    static final String SUGGESTION_HEAD = "wr-decision-suggestion-head";
    static final String EVIDENCE = "wr-decision-evidence";
    static final String PENDING = "wr-decision-pending";
    static final String PROBLEM = "wr-decision-problem";
    static final String ANSWER = "wr-answer";
    static final String ANSWER_CONTENT = "wr-answer-content";
    static final String ANSWER_KEY = "wr-answer-key";
    static final String ANSWER_LABEL = "wr-answer-label";
    static final String ANSWER_LABEL_EN = "wr-answer-label-en";
    static final String ANSWER_TAG = "wr-answer-tag";
    static final String WAIT_PROGRESS = "wr-decision-wait-progress";

    static final PseudoClass CURRENT = PseudoClass.getPseudoClass("current");
    static final PseudoClass TAKEN = PseudoClass.getPseudoClass("taken");
    static final PseudoClass SUGGESTED = PseudoClass.getPseudoClass("suggested");
    static final PseudoClass BACKWARDS = PseudoClass.getPseudoClass("backwards");

    /** One style class per node kind, e.g. {@code wr-tree-node-question}. */
    static String kind(NodeType type) {
        return NODE + "-" + type.name().toLowerCase(Locale.ROOT);
    }

    private TreeStyles() {
    }
}

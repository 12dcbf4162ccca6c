package dev.warroom.console.room.procedure;

import dev.warroom.core.incident.StepStatus;
import java.util.Locale;
import javafx.css.PseudoClass;

/** Style classes and states of the procedure views, defined in themes/procedure.css. */
final class ProcedureStyles {

    static final String PANE = "wr-procedure";
    static final String HEADER = "wr-procedure-header";
    static final String TITLE = "wr-procedure-title";
    static final String META = "wr-procedure-meta";
    static final String EMPTY = "wr-procedure-empty";
    static final String EMPTY_TEXT = "wr-procedure-empty-text";

    static final String STEPS = "wr-steps";
    static final String STEP_ROW = "wr-step-row";
    static final String STEP_NUMBER = "wr-step-number";
    static final String STEP_TITLE = "wr-step-title";
    static final String STEP_TITLE_EN = "wr-step-title-en";
    static final String STEP_META = "wr-step-meta";
    static final String STATUS_ICON = "wr-step-icon";
    static final String DESTRUCTIVE_MARK = "wr-step-destructive";

    static final String CARD = "wr-card";
    static final String CARD_KIND = "wr-card-kind";
    static final String CARD_TITLE = "wr-card-title";
    static final String CARD_TITLE_EN = "wr-card-title-en";
    static final String CARD_TEXT = "wr-card-text";
    static final String CARD_MUTED = "wr-card-muted";
    static final String CARD_SECTION = "wr-card-section";
    static final String PREVIEW = "wr-card-preview";
    static final String PREVIEW_SUMMARY = "wr-card-preview-summary";
    static final String CODE = "wr-code";
    static final String ACTIONS = "wr-card-actions";
    static final String ACTION_ROW = "wr-card-action-row";
    static final String STATUS_LINE = "wr-card-status";
    static final String PROBLEM = "wr-card-problem";
    static final String CONFIRM = "wr-confirm";
    static final String TYPED_NAME = "wr-typed-name";

    static final PseudoClass CURRENT = PseudoClass.getPseudoClass("current");
    static final PseudoClass DESTRUCTIVE = PseudoClass.getPseudoClass("destructive");
    static final PseudoClass DANGER = PseudoClass.getPseudoClass("danger");

    /** The pseudo-class of a step status, e.g. {@code :outcome-unknown}; {@code :done} for a step that succeeded. */
    static PseudoClass of(StepStatus status) {
        return PseudoClass.getPseudoClass(word(status));
    }

    /** The status as one lower-case word, as in the message keys ({@code procedure.status.done}). */
    static String word(StepStatus status) {
        return status == StepStatus.SUCCEEDED ? "done" : status.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private ProcedureStyles() {
    }
}

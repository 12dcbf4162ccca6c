package dev.warroom.console.room.checklist;

import javafx.css.PseudoClass;

/** Style classes and states of the checklists, defined in themes/procedure.css. */
final class ChecklistStyles {

    static final String PANE = "wr-checklists";
    static final String CONTENT = "wr-checklists-content";
    static final String NOTE = "wr-checklists-note";
    static final String PHASE = "wr-checklist-phase";
    static final String CHECKLIST = "wr-checklist";
    static final String CHECKLIST_TITLE = "wr-checklist-title";
    static final String CHECKLIST_COUNT = "wr-checklist-count";
    static final String ITEM = "wr-checklist-item";
    static final String ITEM_TITLE = "wr-checklist-item-title";
    static final String ITEM_META = "wr-checklist-item-meta";
    static final String TICKED_BY = "wr-checklist-ticked-by";

    static final PseudoClass TICKED = PseudoClass.getPseudoClass("ticked");

    private ChecklistStyles() {
    }
}

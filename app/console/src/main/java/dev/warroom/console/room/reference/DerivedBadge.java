package dev.warroom.console.room.reference;

import dev.warroom.console.i18n.Messages;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;

/**
 * The word "derived", in the current language, beside what the plan's author added beyond the source document
 * (a step, a procedure, a node, a checklist item, a criterion, an inject, a resource, a backup).
 */
public final class DerivedBadge {

    private DerivedBadge() {
    }

    public static Label of(Messages messages) {
        Label badge = new Label();
        badge.textProperty().bind(messages.text("derived.badge"));
        badge.getStyleClass().add(ReferenceStyles.DERIVED);
        badge.setMinWidth(Label.USE_PREF_SIZE);
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(messages.text("derived.tip"));
        badge.setTooltip(tip);
        return badge;
    }
}

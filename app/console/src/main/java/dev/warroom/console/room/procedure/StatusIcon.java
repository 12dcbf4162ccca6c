package dev.warroom.console.room.procedure;

import dev.warroom.core.incident.StepStatus;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;

/** A small shape that says a step's status at a glance; its shape and colour come from the stylesheet by status. */
final class StatusIcon extends Region {

    private final Tooltip tooltip = new Tooltip();
    private StepStatus shown;

    StatusIcon() {
        getStyleClass().add(ProcedureStyles.STATUS_ICON);
        Tooltip.install(this, tooltip);
    }

    void show(StepStatus status, String words) {
        if (shown != null) {
            pseudoClassStateChanged(ProcedureStyles.of(shown), false);
        }
        shown = status;
        pseudoClassStateChanged(ProcedureStyles.of(status), true);
        tooltip.setText(words);
        setAccessibleText(words);
    }
}

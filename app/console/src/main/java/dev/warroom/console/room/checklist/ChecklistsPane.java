package dev.warroom.console.room.checklist;

import dev.warroom.console.room.RoomContext;
import javafx.scene.layout.VBox;

/** Placeholder until the checklist view is built (console issue). */
public final class ChecklistsPane extends VBox {

    public ChecklistsPane(RoomContext context) {
        setId("checklist");
    }
}

package dev.warroom.console.room.procedure;

import dev.warroom.console.room.RoomContext;
import javafx.scene.layout.VBox;

/** Placeholder until the procedure view is built (console issue). */
public final class ProcedurePane extends VBox {

    public ProcedurePane(RoomContext context) {
        setId("procedure");
    }
}

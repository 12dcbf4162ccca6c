package dev.warroom.console.room.board;

import dev.warroom.console.room.RoomContext;
import javafx.scene.layout.VBox;

/** Placeholder until the board view is built (console issue). */
public final class StateBoardPane extends VBox {

    public StateBoardPane(RoomContext context) {
        setId("board");
    }
}

package dev.warroom.console.room.status;

import dev.warroom.console.room.RoomContext;
import javafx.scene.layout.HBox;

/** Placeholder until the status view is built (console issue). */
public final class StatusBar extends HBox {

    public StatusBar(RoomContext context) {
        setId("status");
    }
}

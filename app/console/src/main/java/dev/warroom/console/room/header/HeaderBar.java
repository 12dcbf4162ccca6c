package dev.warroom.console.room.header;

import dev.warroom.console.room.RoomContext;
import javafx.scene.layout.HBox;

/** Placeholder until the header view is built (console issue). */
public final class HeaderBar extends HBox {

    public HeaderBar(RoomContext context) {
        setId("header");
    }
}

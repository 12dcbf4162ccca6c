package dev.warroom.console.room.timeline;

import dev.warroom.console.room.RoomContext;
import javafx.scene.layout.VBox;

/** Placeholder until the timeline view is built (console issue). */
public final class TimelinePane extends VBox {

    public TimelinePane(RoomContext context) {
        setId("timeline");
    }
}

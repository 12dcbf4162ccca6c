package dev.warroom.console.room.tree;

import dev.warroom.console.room.RoomContext;
import javafx.scene.layout.StackPane;

/** Placeholder until the tree view is built (console issue). */
public final class DecisionTreePane extends StackPane {

    public DecisionTreePane(RoomContext context) {
        setId("tree");
    }
}

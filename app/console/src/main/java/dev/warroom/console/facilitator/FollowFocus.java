package dev.warroom.console.facilitator;

import dev.warroom.console.lifecycle.Subscriptions;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;

/**
 * Keeps the control with the keyboard in view inside a scroll pane: tabbing down the end of the drill
 * scrolls to the field or button reached, so the facilitator never types into something off screen.
 */
final class FollowFocus {

    private static final double MARGIN = 24;

    private FollowFocus() {
    }

    static void follow(ScrollPane scroll, Subscriptions subscriptions) {
        subscriptions.add(scroll.sceneProperty().subscribe((Scene scene) -> {
            if (scene != null) {
                subscriptions.add(scene.focusOwnerProperty().subscribe((Node owner) -> show(scroll, owner)));
            }
        }));
    }

    private static void show(ScrollPane scroll, Node owner) {
        Node content = scroll.getContent();
        if (owner == null || content == null || !inside(owner, content)) {
            return;
        }
        Bounds node = content.sceneToLocal(owner.localToScene(owner.getBoundsInLocal()));
        double height = content.getBoundsInLocal().getHeight();
        double view = scroll.getViewportBounds().getHeight();
        if (height <= view) {
            return;
        }
        double top = scroll.getVvalue() * (height - view);
        if (node.getMinY() - MARGIN < top) {
            scroll.setVvalue(Math.max(0, (node.getMinY() - MARGIN) / (height - view)));
        } else if (node.getMaxY() + MARGIN > top + view) {
            scroll.setVvalue(Math.min(1, (node.getMaxY() + MARGIN - view) / (height - view)));
        }
    }

    private static boolean inside(Node node, Node ancestor) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }
}

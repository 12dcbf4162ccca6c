package dev.warroom.console.room.timeline;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.scene.Scene;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.ListView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;

/**
 * Keeps a list scrolled to its newest (last) row while the commander is reading the bottom — through new
 * rows, a filter, a bigger font — and stops once they scroll up to read history, until they come back
 * to the end or {@link #jumpToLatest()}.
 */
final class FollowLatest {

    private final ListView<?> list;
    private final ReadOnlyBooleanWrapper following = new ReadOnlyBooleanWrapper(true);
    /** Between a gesture and the next look at where it left the list: do not pull the list back meanwhile. */
    private boolean gestureInFlight;
    private final Runnable afterLayout = this::keepAtEnd;

    FollowLatest(ListView<?> list) {
        this.list = list;
        // Only the commander's own gestures decide whether we follow; our scrolling does not.
        list.addEventFilter(ScrollEvent.SCROLL, e -> gesture());
        list.addEventFilter(KeyEvent.KEY_PRESSED, e -> gesture());
        list.addEventFilter(MouseEvent.MOUSE_DRAGGED, e -> gesture());
        list.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> gesture());
        list.sceneProperty().addListener((obs, old, now) -> {
            if (old != null) {
                old.removePostLayoutPulseListener(afterLayout);
            }
            if (now != null) {
                now.addPostLayoutPulseListener(afterLayout);
            }
        });
        Scene scene = list.getScene();
        if (scene != null) {
            scene.addPostLayoutPulseListener(afterLayout);
        }
    }

    /** True while the newest row stays in view by itself. */
    ReadOnlyBooleanProperty followingProperty() {
        return following.getReadOnlyProperty();
    }

    /** Back to the newest row, and follow from now on. */
    void jumpToLatest() {
        following.set(true);
        keepAtEnd();
    }

    private void gesture() {
        gestureInFlight = true;
        Platform.runLater(() -> {
            list.layout();
            following.set(atEnd());
            gestureInFlight = false;
        });
    }

    private void keepAtEnd() {
        if (following.get() && !gestureInFlight && !atEnd()) {
            list.scrollTo(list.getItems().size() - 1);
        }
    }

    /** The last row is in view: whole, or from its top when it is taller than the list. */
    private boolean atEnd() {
        int size = list.getItems().size();
        if (size == 0 || !(list.lookup(".virtual-flow") instanceof VirtualFlow<?> flow)) {
            return true;
        }
        IndexedCell<?> last = flow.getLastVisibleCell();
        if (last == null || last.getIndex() < size - 1) {
            return last == null;
        }
        double bottom = last.getLayoutY() + last.getHeight();
        return bottom <= flow.getHeight() + 1 || last.getHeight() >= flow.getHeight();
    }
}

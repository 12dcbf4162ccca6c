package dev.warroom.console.room.inject;

import dev.warroom.console.room.model.TimelineEntry;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TextInputControl;
import javafx.scene.text.Text;
import javafx.stage.Window;

/** Every word a window shows, read from its scene graph (and its popups'), with the rows of its lists, shown or scrolled away. */
public final class SceneTexts {

    private SceneTexts() {
    }

    /** Call on the FX thread. */
    public static List<String> of(Window window) {
        List<String> texts = new ArrayList<>();
        collect(window.getScene().getRoot(), texts);
        for (Window other : Window.getWindows()) {
            if (other instanceof javafx.stage.PopupWindow popup && popup.getOwnerWindow() == window && popup.getScene() != null) {
                collect(popup.getScene().getRoot(), texts);
            }
        }
        return texts;
    }

    private static void collect(Node node, List<String> texts) {
        if (node instanceof Labeled labeled) {
            texts.add(labeled.getText());
        }
        if (node instanceof Text text) {
            texts.add(text.getText());
        }
        if (node instanceof TextInputControl input) {
            texts.add(input.getText());
            texts.add(input.getPromptText());
        }
        if (node instanceof Control control && control.getTooltip() != null) {
            texts.add(control.getTooltip().getText());
        }
        if (node instanceof ListView<?> list) {
            for (Object item : list.getItems()) {
                texts.add(item instanceof TimelineEntry entry ? entry.event() + " " + entry.outcome() + " " + entry.actor()
                        : String.valueOf(item));
            }
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, texts);
            }
        }
    }
}

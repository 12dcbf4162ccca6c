package dev.warroom.console.room.board;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;

/** The labels of a scene whose words did not fit: what the label holds against what it draws (an ellipsis, or less). */
public final class ElidedWords {

    private ElidedWords() {
    }

    /** Each shown label under {@code root} drawn with fewer words than it holds, as "#id .class: 'holds' drawn as 'draws'"; FX thread. */
    public static List<String> under(Node root) {
        List<String> cut = new ArrayList<>();
        collect(root, cut);
        return cut;
    }

    /** The words {@code label} draws, or its own text when its skin draws none (no skin yet, or empty). */
    public static String drawn(Labeled label) {
        for (Node child : label.getChildrenUnmodifiable()) {
            // the skin's text node; a graphic (an icon font) is a Text too, but carries the graphic's own style class
            if (child instanceof Text text && child.getStyleClass().contains("text")) {
                return text.getText();
            }
        }
        return label.getText();
    }

    private static void collect(Node node, List<String> cut) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled label && label.getText() != null && !label.getText().isEmpty() && !drawn(label).equals(label.getText())) {
            cut.add("#" + label.getId() + " " + label.getStyleClass() + ": '" + label.getText() + "' drawn as '" + drawn(label) + "'");
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, cut);
            }
        }
    }
}

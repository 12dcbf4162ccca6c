package dev.warroom.console.start.importing;

import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;

/**
 * A list of long lines (a warning, what a line of the document became) whose cells wrap at the list's width, so each
 * line reads whole where the author looks for it instead of running off to the right behind a scroll bar that covers
 * the last row.
 */
final class WrappingLines {

    private WrappingLines() {
    }

    static void in(ListView<String> list) {
        list.setCellFactory(view -> new ListCell<>() {
            {
                setWrapText(true);
                // a cell as wide as its text would widen the list's content and bring the horizontal scroll bar back
                setPrefWidth(0);
            }

            @Override
            protected void updateItem(String line, boolean empty) {
                super.updateItem(line, empty);
                setText(empty || line == null ? null : line);
            }
        });
    }
}

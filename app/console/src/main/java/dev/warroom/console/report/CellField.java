package dev.warroom.console.report;

import dev.warroom.core.report.doc.Cell;
import dev.warroom.core.report.doc.FieldRef;
import dev.warroom.core.report.doc.Mark;
import java.util.function.Consumer;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/**
 * A table cell the author may fill or correct (an action item's owner or due date, a cell of the author's
 * table), editable in place: Enter journals what was typed under the cell's entry. A cell still to fill
 * shows its words as the prompt; one filled shows its value, which the author may change.
 */
final class CellField extends VBox {

    private final FieldRef ref;
    private final TextField text = new TextField();
    private final Label state = new Label();
    private String committed = "";

    CellField(Cell cell, Consumer<FieldEntry> commit) {
        super(2);
        this.ref = cell.fill().orElseThrow(() -> new IllegalArgumentException("a cell with no entry to journal it under"));
        String id = ref.field() + "-" + ref.row() + "-" + ref.column();
        setId("cell-" + id);
        getStyleClass().add(ReportStyles.TABLE_CELL);
        text.setId("cell-text-" + id);
        text.setPrefColumnCount(10);
        text.setOnAction(e -> {
            String value = text.getText() == null ? "" : text.getText().strip();
            if (!value.isEmpty() && !value.equals(committed)) {
                committed = value;
                commit.accept(new FieldEntry(ref.field(), ref.row(), ref.column(), value));
            }
        });
        state.setId("cell-state-" + id);
        state.setWrapText(true);
        state.getStyleClass().add(ReportStyles.CAPTION);
        state.setManaged(false);
        state.setVisible(false);
        getChildren().addAll(text, state);
        show(cell);
    }

    /** Shows the value the document now gives, unless the author is typing here. */
    void show(Cell cell) {
        if (typing()) {
            return;
        }
        text.getStyleClass().removeIf(style -> style.startsWith("wr-mark-"));
        text.getStyleClass().add(ReportStyles.mark(cell.mark()));
        if (cell.mark() == Mark.TO_FILL) {
            text.setPromptText(cell.text());
            text.setText("");
            committed = "";
        } else {
            text.setText(cell.text());
            committed = cell.text();
        }
    }

    /** Whether the author is typing here something not journalled yet: the preview holds still meanwhile. */
    boolean typing() {
        String now = text.getText() == null ? "" : text.getText().strip();
        return text.isFocused() && !now.isEmpty() && !now.equals(committed);
    }

    TextField text() {
        return text;
    }

    FieldRef ref() {
        return ref;
    }

    void say(String words) {
        state.setText(words);
        state.setManaged(!words.isEmpty());
        state.setVisible(!words.isEmpty());
    }
}

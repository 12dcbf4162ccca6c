package dev.warroom.console.report;

import dev.warroom.console.i18n.Messages;
import dev.warroom.core.report.doc.ToFill;
import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * A field the journal cannot fill, marked as one, editable in place: the author types and commits it
 * (the button, or Ctrl+Enter in the box), which journals it. The box keeps what was typed while the
 * preview is rebuilt around it.
 */
final class FieldBox extends VBox {

    private final TextArea text = new TextArea();
    private final Label state = new Label();
    private String committed = "";

    FieldBox(ToFill field, Messages messages, Consumer<FieldEntry> commit) {
        super(4);
        setId("field-" + field.field());
        getStyleClass().addAll(ReportStyles.TO_FILL, ReportStyles.mark(dev.warroom.core.report.doc.Mark.TO_FILL));
        Label label = new Label(messages.get("report.field.toFill", field.label()));
        label.setWrapText(true);
        label.getStyleClass().add(ReportStyles.FACT_LABEL);
        text.setId("field-text-" + field.field());
        text.setPromptText(field.hint());
        text.setWrapText(true);
        text.setPrefRowCount(2);
        Button save = new Button(messages.get("report.field.save"));
        save.setId("field-save-" + field.field());
        save.setOnAction(e -> commitNow(field, commit));
        text.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && e.isShortcutDown()) {
                e.consume();
                commitNow(field, commit);
            }
        });
        state.setId("field-state-" + field.field());
        state.setWrapText(true);
        state.getStyleClass().add(ReportStyles.CAPTION);
        HBox row = new HBox(8, text, save);
        HBox.setHgrow(text, Priority.ALWAYS);
        getChildren().addAll(label, row, state);
    }

    private void commitNow(ToFill field, Consumer<FieldEntry> commit) {
        String value = text.getText() == null ? "" : text.getText().strip();
        if (!value.isEmpty()) {
            committed = value;
            commit.accept(FieldEntry.of(field.field(), value));
        }
    }

    /** Whether the author is typing here something not committed yet: the preview holds still meanwhile. */
    boolean typing() {
        String now = text.getText() == null ? "" : text.getText().strip();
        return text.isFocused() && !now.isEmpty() && !now.equals(committed);
    }

    TextArea text() {
        return text;
    }

    void say(String words) {
        state.setText(words);
    }
}

package dev.warroom.console.room.procedure;

import atlantafx.base.theme.Styles;
import dev.warroom.console.i18n.Messages;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Asks why (skip a step, abort the incident): the reason is required; Enter gives it, Escape takes the question back. */
final class ReasonPrompt extends VBox {

    private final Messages messages;
    private final Label question = new Label();
    private final TextField reason = new TextField();
    private final Button give = new Button();
    private final Button cancel = new Button();
    private final Label required = new Label();
    private Consumer<String> onGiven = r -> { };

    ReasonPrompt(Messages messages) {
        this.messages = messages;
        setId("reason-prompt");
        getStyleClass().add(ProcedureStyles.ACTION_ROW);
        question.getStyleClass().add(ProcedureStyles.CARD_KIND);
        question.setWrapText(true);
        reason.setId("reason");
        give.setId("reason-submit");
        cancel.setId("reason-cancel");
        required.setId("reason-required");
        required.getStyleClass().add(ProcedureStyles.PROBLEM);
        give.getStyleClass().add(Styles.DANGER);
        give.disableProperty().bind(Bindings.createBooleanBinding(() -> reason.getText().isBlank(), reason.textProperty()));
        HBox.setHgrow(reason, Priority.ALWAYS);
        HBox row = new HBox(reason, give, cancel);
        row.getStyleClass().add(ProcedureStyles.ACTION_ROW);
        getChildren().addAll(question, row, required);
        give.setOnAction(e -> submit());
        cancel.setOnAction(e -> close());
        reason.setOnAction(e -> submit());
        reason.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                close();
            }
        });
        close();
    }

    /** Opens the question ({@code questionKey}), the button named by {@code giveKey}; {@code then} receives the reason. */
    void open(String questionKey, String giveKey, Consumer<String> then) {
        onGiven = then;
        question.setText(messages.get(questionKey));
        give.setText(messages.get(giveKey) + "  ⏎");
        cancel.setText(messages.get("procedure.reason.cancel") + "  Esc");
        reason.clear();
        required.setText("");
        setVisible(true);
        setManaged(true);
        reason.requestFocus();
    }

    boolean isOpen() {
        return isVisible();
    }

    void close() {
        setVisible(false);
        setManaged(false);
        reason.clear();
    }

    private void submit() {
        if (reason.getText().isBlank()) {
            required.setText(messages.get("procedure.reason.required"));
            return;
        }
        String given = reason.getText().strip();
        close();
        onGiven.accept(given);
    }
}

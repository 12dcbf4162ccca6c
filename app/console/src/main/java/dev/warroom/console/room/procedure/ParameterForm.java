package dev.warroom.console.room.procedure;

import dev.warroom.console.i18n.Messages;
import dev.warroom.core.incident.ParameterRequest;
import dev.warroom.core.plan.model.ProcedureParameter;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Asks, in place, for the first value the running procedure still needs: what it is, its default, example or
 * latest reading, and a field that already holds the reading or the default. Enter gives it; a value that does not
 * fit is said at once, before it goes to the engine (which checks it again).
 */
final class ParameterForm extends VBox {

    /** Gives a value: procedure id, parameter id, value. */
    interface Giver {
        void give(String procedureId, String parameterId, String value);
    }

    private final Messages messages;
    private final Giver giver;
    private final Label question = new Label();
    private final Label hints = new Label();
    private final TextField value = new TextField();
    private final Button give = new Button();
    private final Label problem = new Label();
    private Optional<ParameterRequest> asked = Optional.empty();

    ParameterForm(Messages messages, Giver giver) {
        this.messages = messages;
        this.giver = giver;
        setId("parameter-form");
        getStyleClass().add(ProcedureStyles.ACTION_ROW);
        question.setId("parameter-question");
        question.getStyleClass().add(ProcedureStyles.CARD_KIND);
        question.setWrapText(true);
        hints.setId("parameter-hints");
        hints.getStyleClass().add(ProcedureStyles.CARD_MUTED);
        hints.setWrapText(true);
        value.setId("parameter-value");
        give.setId("parameter-give");
        problem.setId("parameter-problem");
        problem.getStyleClass().add(ProcedureStyles.PROBLEM);
        problem.setWrapText(true);
        HBox.setHgrow(value, Priority.ALWAYS);
        HBox row = new HBox(value, give);
        row.getStyleClass().add(ProcedureStyles.ACTION_ROW);
        getChildren().addAll(question, hints, row, problem);
        give.setOnAction(e -> submit());
        value.setOnAction(e -> submit());
        // the room may be put in its window after the value was asked for: the keyboard goes to the field then
        value.sceneProperty().addListener((obs, old, scene) -> focusSoon());
        show(List.of());
    }

    /** Shows the first of {@code needed}, or hides itself when nothing is needed. Focuses the field when a new value is asked. */
    void show(List<ParameterRequest> needed) {
        Optional<ParameterRequest> first = needed.stream().findFirst();
        boolean changed = !first.map(ParameterForm::key).equals(asked.map(ParameterForm::key));
        asked = first;
        setVisible(first.isPresent());
        setManaged(first.isPresent());
        if (first.isEmpty() || !changed) {
            relabel();
            return;
        }
        relabel();
        value.setText(first.get().reading().or(() -> first.get().defaultValue()).orElse(""));
        problem.setText("");
        value.selectAll();
        focusSoon();
    }

    private void focusSoon() {
        if (isAsking()) {
            value.requestFocus();
            javafx.application.Platform.runLater(() -> {
                if (isAsking() && value.getScene() != null) {
                    value.requestFocus();
                }
            });
        }
    }

    /** The words in the commander's language (after a language switch too). */
    void relabel() {
        give.setText(messages.get("procedure.parameter.give") + "  ⏎");
        if (asked.isEmpty()) {
            return;
        }
        ProcedureParameter p = asked.get().parameter();
        String title = p.title() + (p.titleEn() == null ? "" : " · " + p.titleEn());
        question.setText(messages.get("procedure.parameter.needed", title + " ({{" + p.id() + "}})"));
        StringBuilder hint = new StringBuilder(p.description() == null ? "" : p.description().strip());
        asked.get().reading().ifPresent(r -> append(hint, messages.get("procedure.parameter.reading", r)));
        asked.get().defaultValue().ifPresent(d -> append(hint, messages.get("procedure.parameter.default", d)));
        if (p.example() != null) {
            append(hint, messages.get("procedure.parameter.example", p.example()));
        }
        hints.setText(dev.warroom.core.text.SafeText.forDisplay(hint.toString()));
    }

    boolean isAsking() {
        return asked.isPresent();
    }

    private static void append(StringBuilder hint, String more) {
        hint.append(hint.length() == 0 ? "" : "\n").append(more);
    }

    private void submit() {
        if (asked.isEmpty()) {
            return;
        }
        ParameterRequest request = asked.get();
        Optional<String> wrong = request.problemWith(value.getText());
        if (wrong.isPresent()) {
            problem.setText(wrong.get());
            return;
        }
        problem.setText("");
        giver.give(request.procedureId(), request.parameter().id(), value.getText().strip());
    }

    private static String key(ParameterRequest request) {
        return request.procedureId() + "/" + request.parameter().id();
    }
}

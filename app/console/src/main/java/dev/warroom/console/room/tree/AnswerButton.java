package dev.warroom.console.room.tree;

import dev.warroom.core.plan.model.Answer;
import javafx.geometry.Pos;
import javafx.scene.AccessibleAction;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * A big button for one answer: its number key, the plan's label with the English below it, and a
 * mark if the signals suggest it. Built as a styled box rather than a {@code Button} so that long
 * labels wrap onto as many lines as they need.
 */
final class AnswerButton extends HBox {

    private Runnable onFire = () -> { };

    AnswerButton(int number, Answer answer, boolean suggested, String suggestedWord) {
        setId("answer-" + answer.id());
        getStyleClass().addAll("button", TreeStyles.ANSWER, TreeStyles.ANSWER_CONTENT);
        setAlignment(Pos.CENTER_LEFT);
        setFocusTraversable(true);
        setAccessibleRole(AccessibleRole.BUTTON);
        Label key = new Label(Integer.toString(number));
        key.getStyleClass().add(TreeStyles.ANSWER_KEY);
        key.setMinWidth(Region.USE_PREF_SIZE);
        Label label = wrapped(answer.label(), TreeStyles.ANSWER_LABEL);
        VBox words = new VBox(label);
        if (answer.labelEn() != null) {
            words.getChildren().add(wrapped(answer.labelEn(), TreeStyles.ANSWER_LABEL_EN));
        }
        if (suggested) {
            Label tag = new Label(suggestedWord);
            tag.getStyleClass().add(TreeStyles.ANSWER_TAG);
            words.getChildren().add(tag);
        }
        HBox.setHgrow(words, Priority.ALWAYS);
        words.setMinWidth(0);
        getChildren().addAll(key, words);
        setMaxWidth(Double.MAX_VALUE);
        pseudoClassStateChanged(TreeStyles.SUGGESTED, suggested);
        setAccessibleText(number + ": " + answer.label() + (answer.labelEn() == null ? "" : " — " + answer.labelEn())
                + (suggested ? " (" + suggestedWord + ")" : ""));
        setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY) {
                fire();
            }
        });
        setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.SPACE) {
                e.consume();
                fire();
            }
        });
    }

    private static Label wrapped(String text, String style) {
        Label label = new Label(text);
        label.getStyleClass().add(style);
        label.setWrapText(true);
        return label;
    }

    void setOnFire(Runnable action) {
        onFire = action;
    }

    void fire() {
        if (!isDisabled()) {
            onFire.run();
        }
    }

    @Override
    public void executeAccessibleAction(AccessibleAction action, Object... parameters) {
        if (action == AccessibleAction.FIRE) {
            fire();
        } else {
            super.executeAccessibleAction(action, parameters);
        }
    }
}

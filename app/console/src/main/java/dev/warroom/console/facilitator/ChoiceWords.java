package dev.warroom.console.facilitator;

import java.util.function.Function;
import java.util.function.Supplier;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;

/**
 * A choice box whose choices are said in the window's language: its list and the choice it shows are drawn afresh when
 * the language changes, since a cell only redraws when its item changes and the chosen item stays the same.
 */
final class ChoiceWords {

    private ChoiceWords() {
    }

    static <T> void sayIn(ComboBox<T> box, Function<T, String> words, FacilitatorContext context) {
        draw(box, words);
        context.subscriptions().onChange(context.messages().localeProperty(), () -> draw(box, words));
    }

    private static <T> void draw(ComboBox<T> box, Function<T, String> words) {
        box.setCellFactory(list -> cell(words, () -> null));
        box.setButtonCell(cell(words, box::getPromptText));
    }

    /** @param nothingChosen the words for no choice: a button cell of its own would otherwise hide the box's prompt */
    private static <T> ListCell<T> cell(Function<T, String> words, Supplier<String> nothingChosen) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? nothingChosen.get() : words.apply(item));
            }
        };
    }
}

package dev.warroom.console.room.timeline;

import atlantafx.base.theme.Styles;
import dev.warroom.console.room.model.RoomContext;
import dev.warroom.core.incident.NoteKind;
import java.util.EnumMap;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The note field under the timeline: a keystroke (N, I, A) puts the cursor here as a note, an issue
 * found or an action item; Enter records the text on the timeline under the commander's name, Esc leaves.
 */
final class NoteBar extends VBox {

    /** The keys that open the field, shown on the kind buttons and in the help. */
    static final Map<NoteKind, KeyCode> KEYS = Map.of(NoteKind.NOTE, KeyCode.N, NoteKind.ISSUE, KeyCode.I, NoteKind.ACTION_ITEM, KeyCode.A);

    private final RoomContext context;
    private final Runnable leave;
    private final TextField field = new TextField();
    private final ToggleGroup kinds = new ToggleGroup();
    private final Map<NoteKind, ToggleButton> buttons = new EnumMap<>(NoteKind.class);
    private NoteKind kind = NoteKind.NOTE;
    /** Set when a shortcut key moved the focus here: that key's own character must not land in the field. */
    private boolean swallowShortcutCharacter;

    NoteBar(RoomContext context, Runnable leave) {
        this.context = context;
        this.leave = leave;
        setId("note-bar");
        getStyleClass().add(TimelineStyles.NOTE_BAR);
        setSpacing(6);

        HBox kindRow = new HBox();
        NoteKind[] order = {NoteKind.NOTE, NoteKind.ISSUE, NoteKind.ACTION_ITEM};
        for (int i = 0; i < order.length; i++) {
            NoteKind k = order[i];
            ToggleButton button = new ToggleButton();
            button.setId("note-kind-" + k.word());
            button.textProperty().bind(Bindings.concat(context.messages().text("timeline.note." + k.word()), "  ", KEYS.get(k).getName()));
            button.getStyleClass().addAll(TimelineStyles.NOTE_KIND, Styles.SMALL,
                    i == 0 ? Styles.LEFT_PILL : i == order.length - 1 ? Styles.RIGHT_PILL : Styles.CENTER_PILL);
            button.setToggleGroup(kinds);
            button.setFocusTraversable(false);
            button.setMinWidth(Region.USE_PREF_SIZE);
            button.setOnAction(e -> begin(k, false));
            buttons.put(k, button);
            kindRow.getChildren().add(button);
        }
        Label keys = new Label();
        keys.getStyleClass().add(TimelineStyles.KEY_HINT);
        keys.textProperty().bind(context.messages().text("timeline.note.keys"));
        keys.setMaxWidth(Double.MAX_VALUE);
        keys.setAlignment(Pos.CENTER_RIGHT);

        field.setId("note-field");
        field.getStyleClass().add(TimelineStyles.NOTE_FIELD);
        field.addEventFilter(KeyEvent.KEY_TYPED, e -> {
            if (swallowShortcutCharacter) {
                swallowShortcutCharacter = false;
                e.consume();
            }
        });
        field.addEventFilter(KeyEvent.KEY_RELEASED, e -> swallowShortcutCharacter = false);
        field.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                leave.run();
            }
        });
        field.setOnAction(e -> record());
        select(NoteKind.NOTE);
        getChildren().addAll(kindRow, field, keys);
    }

    /** Puts the cursor in the field for an entry of {@code kind}; {@code byKey}: a shortcut key got us here. */
    void begin(NoteKind next, boolean byKey) {
        select(next);
        swallowShortcutCharacter = byKey;
        field.requestFocus();
        field.end();
    }

    private void select(NoteKind next) {
        kind = next;
        buttons.get(next).setSelected(true);
        field.promptTextProperty().bind(context.messages().text("timeline.note.prompt." + next.word()));
    }

    private void record() {
        String text = field.getText().strip();
        if (!text.isEmpty()) {
            context.vm().note(kind, text, context.actor());
            field.clear();
        }
    }
}

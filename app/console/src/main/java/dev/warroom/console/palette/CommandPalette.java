package dev.warroom.console.palette;

import dev.warroom.console.i18n.Messages;
import dev.warroom.console.keys.Shortcuts;
import java.util.List;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The command palette: every registered command with its key, filtered as you type; Enter (or a
 * click) runs the highlighted one, Up and Down move, Esc closes.
 */
public final class CommandPalette extends VBox {

    private final Shortcuts shortcuts;
    private final Messages messages;
    private final Overlays overlays;
    private final TextField query = new TextField();
    private final ListView<CommandSearch.Entry> results = new ListView<>();
    private List<CommandSearch.Entry> entries = List.of();

    public CommandPalette(Shortcuts shortcuts, Messages messages, Overlays overlays) {
        this.shortcuts = shortcuts;
        this.messages = messages;
        this.overlays = overlays;
        setId("palette");
        getStyleClass().addAll(PaletteStyles.SHEET, PaletteStyles.PALETTE);
        setMaxWidth(620);
        setMaxHeight(Region.USE_PREF_SIZE);
        setFillWidth(true);

        query.setId("palette-query");
        query.promptTextProperty().bind(messages.text("palette.prompt"));
        query.textProperty().addListener((obs, was, now) -> filter(now));
        query.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            switch (e.getCode()) {
                case DOWN -> { move(1); e.consume(); }
                case UP -> { move(-1); e.consume(); }
                default -> { }
            }
        });
        query.setOnAction(e -> runSelected());

        results.setId("palette-results");
        results.setFocusTraversable(false);
        results.setPrefHeight(360);
        results.setCellFactory(list -> new EntryCell());
        results.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() >= 1 && results.getSelectionModel().getSelectedItem() != null) {
                runSelected();
            }
        });
        Label empty = new Label();
        empty.textProperty().bind(messages.text("palette.none"));
        results.setPlaceholder(empty);
        getChildren().addAll(query, results);
    }

    /** Opens the palette (or closes it when it is already open). */
    public void toggle() {
        if (overlays.isShowing(this)) {
            overlays.hide();
            return;
        }
        entries = CommandSearch.entries(shortcuts.commands(), messages::get);
        query.clear();
        filter("");
        overlays.show(this, Pos.TOP_CENTER, query, () -> { });
    }

    private void filter(String text) {
        results.getItems().setAll(CommandSearch.matching(entries, text));
        if (!results.getItems().isEmpty()) {
            results.getSelectionModel().select(0);
            results.scrollTo(0);
        }
    }

    private void move(int by) {
        int size = results.getItems().size();
        if (size == 0) {
            return;
        }
        int next = Math.floorMod(results.getSelectionModel().getSelectedIndex() + by, size);
        results.getSelectionModel().select(next);
        results.scrollTo(Math.max(0, next - 3));
    }

    private void runSelected() {
        CommandSearch.Entry chosen = results.getSelectionModel().getSelectedItem();
        if (chosen == null) {
            return;
        }
        overlays.hide();
        // After the palette has closed, so the command sees the screen as the commander will.
        Platform.runLater(chosen.action());
    }

    private static final class EntryCell extends ListCell<CommandSearch.Entry> {
        private final Label name = new Label();
        private final Label key = new Label();
        private final HBox row;

        EntryCell() {
            name.getStyleClass().add(PaletteStyles.PALETTE_NAME);
            key.getStyleClass().add(PaletteStyles.KEY);
            Region gap = new Region();
            HBox.setHgrow(gap, Priority.ALWAYS);
            row = new HBox(12, name, gap, key);
            row.setAlignment(Pos.CENTER_LEFT);
            row.getStyleClass().add(PaletteStyles.PALETTE_ROW);
        }

        @Override
        protected void updateItem(CommandSearch.Entry entry, boolean empty) {
            super.updateItem(entry, empty);
            if (empty || entry == null) {
                setGraphic(null);
                return;
            }
            name.setText(entry.name());
            key.setText(entry.keyText());
            key.setVisible(!entry.keys().isEmpty());
            setGraphic(row);
        }
    }
}

package dev.warroom.console.palette;

import dev.warroom.console.i18n.Messages;
import dev.warroom.console.keys.Shortcuts;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The keyboard at a glance: every command that has a key, with the key, in the current language. */
public final class HelpOverlay extends VBox {

    private final Shortcuts shortcuts;
    private final Messages messages;
    private final Overlays overlays;
    private final GridPane keys = new GridPane();
    private final ScrollPane scroll = new ScrollPane(keys);

    public HelpOverlay(Shortcuts shortcuts, Messages messages, Overlays overlays) {
        this.shortcuts = shortcuts;
        this.messages = messages;
        this.overlays = overlays;
        setId("help");
        getStyleClass().addAll(PaletteStyles.SHEET, PaletteStyles.HELP);
        setMaxWidth(640);
        setMaxHeight(Region.USE_PREF_SIZE);
        setSpacing(10);

        Label title = new Label();
        title.getStyleClass().add(PaletteStyles.SHEET_TITLE);
        title.textProperty().bind(messages.text("palette.help.title"));
        Label hint = new Label();
        hint.getStyleClass().add(PaletteStyles.HELP_HINT);
        hint.textProperty().bind(messages.text("palette.help.hint"));
        hint.setWrapText(true);
        keys.setId("help-keys");
        keys.setHgap(20);
        keys.setVgap(6);
        scroll.setFitToWidth(true);
        scroll.setMaxHeight(480);
        getChildren().addAll(title, scroll, hint);
    }

    /** Shows the keys (or closes the help when it is showing). */
    public void toggle() {
        if (overlays.isShowing(this)) {
            overlays.hide();
            return;
        }
        keys.getChildren().clear();
        int row = 0;
        for (CommandSearch.Entry entry : CommandSearch.entries(shortcuts.commands(), messages::get)) {
            if (entry.keys().isEmpty()) {
                continue;
            }
            Label key = new Label(entry.keyText());
            key.getStyleClass().add(PaletteStyles.KEY);
            Label name = new Label(entry.name());
            name.setWrapText(true);
            keys.addRow(row++, key, name);
        }
        overlays.show(this, Pos.CENTER, scroll, () -> { });
    }
}

package dev.warroom.console.room.reference;

import dev.warroom.console.palette.Overlays;
import dev.warroom.console.palette.PaletteStyles;
import dev.warroom.console.room.model.RoomContext;
import dev.warroom.core.incident.NoteKind;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The whole plan at hand during an incident (Ctrl+L): contacts and the escalation ladder, the communication plan
 * with the time left until the next stakeholder update, the backups with what the board last read of them, the
 * degradation levels and the plan's reference sections. Typing narrows every section; ↑/↓ choose an entry, Enter
 * or its Copy button puts its number or address on the clipboard; Esc closes. Everything it shows is in memory
 * already (the plan, the last board snapshot, the incident clock), so nothing here waits.
 */
public final class ReferencePanel extends VBox {

    public static final KeyCombination KEY = new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN);

    private final RoomContext context;
    private final Overlays overlays;
    private final ObservableList<ReferenceRow> rows = FXCollections.observableArrayList();
    private final FilteredList<ReferenceRow> shown = new FilteredList<>(rows);
    private final TextField filter = new TextField();
    private final ListView<ReferenceRow> list = new ListView<>(shown);
    private final Label cadence = new Label();

    public ReferencePanel(RoomContext context, Overlays overlays) {
        this.context = context;
        this.overlays = overlays;
        setId("reference");
        getStyleClass().addAll(PaletteStyles.SHEET, ReferenceStyles.PANEL);
        setMaxWidth(820);
        setMaxHeight(Region.USE_PREF_SIZE);
        setSpacing(8);

        Label title = new Label();
        title.getStyleClass().add(PaletteStyles.SHEET_TITLE);
        title.textProperty().bind(context.messages().text("reference.title"));
        filter.setId("reference-filter");
        filter.promptTextProperty().bind(context.messages().text("reference.prompt"));
        filter.textProperty().addListener((obs, old, now) -> narrow(now));
        filter.addEventHandler(KeyEvent.KEY_PRESSED, this::keys);

        cadence.setId("reference-cadence");
        cadence.getStyleClass().add(ReferenceStyles.CADENCE);
        cadence.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(cadence, Priority.ALWAYS);
        Button updateSent = new Button();
        updateSent.setId("reference-update-sent");
        updateSent.setFocusTraversable(false);
        updateSent.textProperty().bind(context.messages().text("reference.updateSent"));
        updateSent.setOnAction(e -> context.vm().note(NoteKind.NOTE, context.messages().get("reference.updateNote"), context.actor()));
        HBox cadenceLine = new HBox(10, cadence, updateSent);
        cadenceLine.setAlignment(Pos.CENTER_LEFT);

        list.setId("reference-list");
        list.setFocusTraversable(false);
        list.setPrefHeight(520);
        list.setCellFactory(view -> new ReferenceCell(context.messages(), this::copy));

        Label hint = new Label();
        hint.getStyleClass().add(PaletteStyles.HELP_HINT);
        hint.textProperty().bind(context.messages().text("reference.hint"));
        hint.setWrapText(true);
        hint.setId("reference-hint");
        // the list gives up its height before the hint loses its second line (large type, a short window)
        hint.setMinHeight(Region.USE_PREF_SIZE);
        getChildren().addAll(title, filter, cadenceLine, list, hint);

        context.subscriptions().onChange(context.vm().nowProperty(), this::showCadence);
        context.subscriptions().onChange(context.vm().stateProperty(), this::showCadence);
        context.subscriptions().onChange(context.messages().localeProperty(), () -> {
            showCadence();
            if (overlays.isShowing(this)) {
                rebuild();
            }
        });
        context.shortcuts().register(KEY, "reference.open", this::toggle);
        showCadence();
    }

    /** Opens the panel with the filter empty and the keyboard in it, or closes it when it is showing. */
    public void toggle() {
        if (overlays.isShowing(this)) {
            overlays.hide();
            return;
        }
        filter.clear();
        rebuild();
        showCadence();
        overlays.show(this, Pos.CENTER, filter, () -> { });
    }

    private void rebuild() {
        rows.setAll(ReferenceRows.of(context.vm().plan(), context.vm().boardProperty().get(), context.vm().nowProperty().get(),
                context.messages()));
        narrow(filter.getText());
    }

    /** Keeps the entries that match and the headings of the sections that still have one. */
    private void narrow(String text) {
        String words = text == null ? "" : text.strip();
        if (words.isEmpty()) {
            shown.setPredicate(null);
        } else {
            List<PanelSection> matched = rows.stream().filter(r -> !r.heading() && r.matches(words)).map(ReferenceRow::section).distinct()
                    .toList();
            shown.setPredicate(r -> r.heading() ? matched.contains(r.section()) : r.matches(words));
        }
        selectFirstCopyable();
    }

    private void selectFirstCopyable() {
        for (int i = 0; i < shown.size(); i++) {
            if (!shown.get(i).heading()) {
                list.getSelectionModel().select(i);
                list.scrollTo(0);
                return;
            }
        }
        list.getSelectionModel().clearSelection();
    }

    private void keys(KeyEvent event) {
        if (event.getCode() == KeyCode.DOWN || event.getCode() == KeyCode.UP) {
            move(event.getCode() == KeyCode.DOWN ? 1 : -1);
            event.consume();
        } else if (event.getCode() == KeyCode.ENTER) {
            selected().ifPresent(this::copy);
            event.consume();
        }
    }

    private void move(int by) {
        int at = list.getSelectionModel().getSelectedIndex();
        for (int i = at + by; i >= 0 && i < shown.size(); i += by) {
            if (!shown.get(i).heading()) {
                list.getSelectionModel().select(i);
                list.scrollTo(Math.max(0, i - 2));
                return;
            }
        }
    }

    /** The entry ↑/↓ chose, if any. */
    public Optional<ReferenceRow> selected() {
        return Optional.ofNullable(list.getSelectionModel().getSelectedItem()).filter(r -> !r.heading());
    }

    private void copy(ReferenceRow row) {
        row.copy().ifPresentOrElse(value -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(value);
            Clipboard.getSystemClipboard().setContent(content);
            overlays.toast(context.messages().get("reference.copied", value));
        }, () -> overlays.toast(context.messages().get("reference.nothingToCopy", row.title())));
    }

    private void showCadence() {
        Optional<Duration> due = StatusUpdateCadence.dueIn(context.vm().plan(), context.vm().stateProperty().get(),
                context.vm().nowProperty().get());
        cadence.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass(ReferenceStyles.OVERDUE),
                due.map(Duration::isNegative).orElse(false));
        cadence.setText(due.map(this::cadenceWords).orElse(context.messages().get("reference.cadence.none")));
    }

    private String cadenceWords(Duration due) {
        if (due.isNegative()) {
            return context.messages().get("reference.cadence.overdue", due.negated().toMinutes());
        }
        long minutes = (due.getSeconds() + 59) / 60;
        return context.messages().get("reference.cadence.due", minutes);
    }
}

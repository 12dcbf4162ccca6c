package dev.warroom.console.start.importing;

import atlantafx.base.theme.Styles;
import dev.warroom.console.i18n.Messages;
import dev.warroom.console.lifecycle.Subscriptions;
import dev.warroom.console.palette.Overlays;
import dev.warroom.console.palette.PaletteStyles;
import dev.warroom.importer.ImportResult;
import dev.warroom.importer.ImportWarning;
import dev.warroom.importer.MappingLine;
import dev.warroom.importer.encoding.Misreading;
import dev.warroom.importer.encoding.UncertainCharacter;
import dev.warroom.importer.markdown.ImportFigures;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The sheet shown once a document is read: what the draft holds, how the text was decoded, each character a repair
 * left uncertain (line, column, the others that fitted), the warnings and what became what, line by line of the
 * document. Save (Ctrl+S) asks where, writes the draft and opens it; Esc closes it and nothing is written.
 */
public final class ImportReview extends VBox {

    static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);

    private final DocumentImportViewModel vm;
    private final Messages messages;
    private final Overlays overlays;
    private final Function<Path, Optional<Path>> askWhere;
    private final Label title = new Label();
    private final Label summary = new Label();
    private final Label encoding = new Label();
    private final Label uncertainHeading = new Label();
    private final ListView<String> uncertain = new ListView<>();
    private final Label warningsHeading = new Label();
    private final ListView<String> warnings = new ListView<>();
    private final Label mappingHeading = new Label();
    private final ListView<String> mapping = new ListView<>();
    private final Label failure = new Label();
    private final Button save = new Button();
    private final Button cancel = new Button();

    /**
     * @param askWhere asks the author where to save, starting from the suggested file; empty when they cancel
     * @param subscriptions the start screen's, released when it is left for good
     */
    public ImportReview(DocumentImportViewModel vm, Messages messages, Overlays overlays, Function<Path, Optional<Path>> askWhere,
            Subscriptions subscriptions) {
        this.vm = vm;
        this.messages = messages;
        this.overlays = overlays;
        this.askWhere = askWhere;
        setId("import-review");
        getStyleClass().addAll(PaletteStyles.SHEET, "wr-import-sheet");
        setSpacing(8);
        setMaxWidth(820);
        setMaxHeight(Region.USE_PREF_SIZE);

        title.getStyleClass().add(PaletteStyles.SHEET_TITLE);
        title.setId("import-title");
        summary.setId("import-summary");
        summary.setWrapText(true);
        summary.setMinHeight(Region.USE_PREF_SIZE);
        encoding.setId("import-encoding");
        encoding.setWrapText(true);
        encoding.setMinHeight(Region.USE_PREF_SIZE);
        uncertain.setId("import-uncertain");
        warnings.setId("import-warnings");
        mapping.setId("import-mapping");
        for (ListView<String> list : List.of(uncertain, warnings, mapping)) {
            WrappingLines.in(list);
        }
        uncertain.setPrefHeight(110);
        warnings.setPrefHeight(110);
        mapping.setPrefHeight(220);
        for (Label heading : List.of(uncertainHeading, warningsHeading, mappingHeading)) {
            heading.getStyleClass().add(Styles.TITLE_4);
        }
        failure.setId("import-failure");
        failure.getStyleClass().add("wr-start-failure");
        failure.setWrapText(true);
        failure.textProperty().bind(Bindings.createStringBinding(() -> vm.failureProperty().get().isEmpty() ? ""
                : messages.get("import.save.failed", vm.failureProperty().get()), vm.failureProperty(), messages.localeProperty()));
        failure.visibleProperty().bind(vm.failureProperty().isNotEmpty());
        failure.managedProperty().bind(failure.visibleProperty());

        cancel.setId("import-cancel");
        cancel.textProperty().bind(messages.text("import.cancel"));
        cancel.setOnAction(e -> overlays.hide());
        save.setId("import-save");
        save.getStyleClass().add(Styles.ACCENT);
        save.setOnAction(e -> save());
        HBox buttons = new HBox(8, cancel, save);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        getChildren().addAll(title, summary, encoding, uncertainHeading, uncertain, warningsHeading, warnings, mappingHeading, mapping,
                failure, buttons);
        addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (SAVE.match(e)) {
                e.consume();
                save();
            }
        });
        vm.reviewedProperty().addListener((obs, old, now) -> {
            if (now.isPresent()) {
                show(now.get());
            } else if (overlays.isShowing(this)) {
                overlays.hide();
            }
        });
        // through the screen's subscriptions, released when it closes: the language outlives every start screen
        subscriptions.onChange(messages.localeProperty(), () -> vm.reviewedProperty().get().ifPresent(this::fill));
    }

    private void show(DocumentImportViewModel.Reviewed reviewed) {
        fill(reviewed);
        if (!overlays.isShowing(this)) {
            overlays.show(this, Pos.CENTER, reviewed.result().refused() ? cancel : save, vm::dismiss);
        }
    }

    private void fill(DocumentImportViewModel.Reviewed reviewed) {
        ImportResult r = reviewed.result();
        String name = reviewed.document().getFileName().toString();
        title.setText(messages.get("import.title", name));
        boolean refused = r.refused();
        save.setVisible(!refused);
        save.setManaged(!refused);
        save.setText(messages.get("import.save") + "  " + SAVE.getDisplayText());
        for (javafx.scene.Node part : List.of(encoding, uncertainHeading, uncertain, warningsHeading, warnings, mappingHeading, mapping)) {
            part.setVisible(!refused);
            part.setManaged(!refused);
        }
        if (refused) {
            summary.setText(messages.get("import.refused", r.refusalWords().map(why -> why.in(messages.localeProperty().get())).orElse("")));
            return;
        }
        ImportFigures f = reviewed.figures();
        summary.setText(messages.get("import.summary", r.planId(), f.steps(), f.procedures(), f.actions(), f.checklistItems(), f.targets(),
                f.referenceSections()));
        // only a repaired document has a misreading: its damage is said in parts, in the console's language
        encoding.setText(r.decoded().misreading().map(this::misreadingLine).orElseGet(() -> messages.get("import.encoding",
                r.decoded().encoding())));
        uncertainHeading.setText(messages.get("import.uncertain", r.decoded().uncertain().size()));
        uncertain.getItems().setAll(r.decoded().uncertain().stream().map(this::uncertainLine).toList());
        uncertain.setVisible(!r.decoded().uncertain().isEmpty());
        uncertain.setManaged(uncertain.isVisible());
        warningsHeading.setText(messages.get("import.warnings", r.warnings().size()));
        warnings.getItems().setAll(r.warnings().stream().map(this::warningLine).toList());
        warnings.setVisible(!r.warnings().isEmpty());
        warnings.setManaged(warnings.isVisible());
        mappingHeading.setText(messages.get("import.mapping", r.mapping().size()));
        mapping.getItems().setAll(r.mapping().stream().map(this::mappingLine).toList());
    }

    /** How a garbled document's text had been damaged, in the console's language rather than the importer's English. */
    private String misreadingLine(Misreading m) {
        return messages.get(m.bytesLost() ? "import.encoding.misread.lost" : "import.encoding.misread", m.file(), m.misreadAs());
    }

    private String uncertainLine(UncertainCharacter c) {
        String others = String.join(" ", c.candidates().subList(Math.min(1, c.candidates().size()), c.candidates().size()));
        return messages.get("import.uncertain.line", c.line(), c.column(), c.chosen(), others, oneLine(c.context()));
    }

    /** A list row keeps to one line: a line break in the context shows as ↵. */
    private static String oneLine(String text) {
        return text.replace("\r\n", " ↵ ").replace("\n", " ↵ ");
    }

    private String warningLine(ImportWarning w) {
        String said = oneLine(w.text().in(messages.localeProperty().get()));
        return w.line() > 0 ? messages.get("import.warning.line", w.line(), said) : messages.get("import.warning.document", said);
    }

    private String mappingLine(MappingLine m) {
        Locale locale = messages.localeProperty().get();
        return messages.get(ImportWords.oneLine(m) ? "import.mapping.one" : "import.mapping.range", ImportWords.lines(m),
                m.whatText().in(locale), m.becameText().in(locale));
    }

    private void save() {
        if (vm.busyProperty().get()) {
            return;
        }
        vm.suggestedTarget().flatMap(askWhere).ifPresent(vm::save);
    }
}

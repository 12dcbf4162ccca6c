package dev.warroom.console.report;

import dev.warroom.console.i18n.Messages;
import dev.warroom.console.keys.Shortcuts;
import dev.warroom.console.lifecycle.Subscriptions;
import dev.warroom.core.plan.model.ReportTemplate;
import dev.warroom.core.report.doc.Cell;
import dev.warroom.core.report.doc.FieldRef;
import dev.warroom.core.report.doc.Mark;
import dev.warroom.core.report.doc.ReportDocument;
import dev.warroom.core.report.doc.ToFill;
import dev.warroom.core.text.TextLanguage;
import dev.warroom.report.ReportFormat;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The report view: the template and language on top with the export, the live preview of the report
 * below (laid out natively, charts as shapes, the author's fields and the table cells they fill as editable boxes), and one line saying
 * what happened last (building, an entry journalled or refused, a file written or why not).
 */
public final class ReportView extends BorderPane {

    static final KeyCombination EXPORT = new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination NEXT_FIELD = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);

    private final ReportViewModel vm;
    private final Messages messages;
    private final SaveAs saveAs;
    private final Subscriptions subscriptions = new Subscriptions();
    private final Map<String, FieldBox> fields = new HashMap<>();
    private final Map<FieldRef, CellField> cells = new HashMap<>();
    private final ScrollPane preview = new ScrollPane();
    private final Label status = new Label();
    private final ChoiceBox<ReportFormat> format = new ChoiceBox<>();
    private ReportDocument held;
    private String lastShown = "";

    public ReportView(ReportViewModel vm, Messages messages, Shortcuts shortcuts, SaveAs saveAs) {
        this.vm = vm;
        this.messages = messages;
        this.saveAs = saveAs;
        setId("report-view");
        getStyleClass().add(ReportStyles.VIEW);
        setTop(bar());
        preview.setId("report-preview");
        preview.setFitToWidth(true);
        preview.setFocusTraversable(true);
        setCenter(preview);
        status.setId("report-status");
        status.getStyleClass().add(ReportStyles.STATUS);
        status.setWrapText(true);
        status.setMinHeight(Region.USE_PREF_SIZE);
        status.setPadding(new Insets(6, 16, 8, 16));
        status.setMaxWidth(Double.MAX_VALUE);
        setBottom(status);

        subscriptions.add(vm.documentProperty().subscribe(this::show));
        subscriptions.onChange(vm.problemProperty(), (before, now) -> sayProblem(now));
        subscriptions.onChange(vm.exportedProperty(), (before, now) -> now.ifPresent(this::sayExported));
        subscriptions.onChange(vm.fieldSavedProperty(), (before, now) -> now.ifPresent(this::saySaved));
        subscriptions.onChange(vm.exportRunningProperty(), (before, running) -> {
            if (running) {
                status.setText(messages.get("report.exporting"));
            }
        });
        if (vm.documentProperty().get() == null) {
            status.setText(messages.get("report.building"));
        }

        shortcuts.register(EXPORT, "report.export", this::export);
        shortcuts.register(NEXT_FIELD, "report.field.next", this::nextField);
        for (ReportFormat each : ReportFormat.values()) {
            shortcuts.register(null, exportKey(each), () -> {
                format.setValue(each);
                export();
            });
        }
    }

    private Node bar() {
        ChoiceBox<ReportTemplate> template = new ChoiceBox<>(vm.templates());
        template.setId("report-template");
        template.setPrefWidth(240);
        template.setConverter(converter(t -> t.title()));
        template.valueProperty().bindBidirectional(vm.templateProperty());
        ChoiceBox<TextLanguage> language = new ChoiceBox<>(javafx.collections.FXCollections.observableArrayList(ReportViewModel.LANGUAGES));
        language.setId("report-language");
        language.setConverter(converter(l -> messages.get(languageKey(l))));
        language.valueProperty().bindBidirectional(vm.languageProperty());
        format.getItems().setAll(ReportFormat.values());
        format.setValue(ReportFormat.HTML);
        format.setId("report-format");
        format.setConverter(converter(f -> f.word().toUpperCase(java.util.Locale.ROOT)));
        Button export = new Button();
        export.setId("report-export");
        export.textProperty().bind(messages.text("report.export.button", EXPORT.getDisplayText()));
        export.setOnAction(e -> export());
        export.disableProperty().bind(vm.documentProperty().isNull());
        Label templateLabel = new Label();
        templateLabel.textProperty().bind(messages.text("report.template"));
        Label languageLabel = new Label();
        languageLabel.textProperty().bind(messages.text("report.language"));
        Label journal = new Label(vm.journalName());
        journal.getStyleClass().add(ReportStyles.CAPTION);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(8, templateLabel, template, languageLabel, language, gap, journal, format, export);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(10, 16, 10, 16));
        bar.getStyleClass().add(ReportStyles.BAR);
        return bar;
    }

    private static String exportKey(ReportFormat format) {
        return switch (format) {
            case MD -> "report.export.md";
            case HTML -> "report.export.html";
            case PDF -> "report.export.pdf";
            case CSV -> "report.export.csv";
            case JSON -> "report.export.json";
        };
    }

    private static String languageKey(TextLanguage language) {
        if (language.equals(TextLanguage.TRADITIONAL_CHINESE)) {
            return "report.language.zh-TW";
        }
        return language.equals(TextLanguage.SIMPLIFIED_CHINESE) ? "report.language.zh-CN" : "report.language.en";
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> words) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : words.apply(value);
            }

            @Override
            public T fromString(String string) {
                throw new IllegalStateException("a choice is picked, not typed");
            }
        };
    }

    /**
     * Lays out the new document. While the author types into a field, the page holds still and the newest
     * document waits until the entry is committed or the keyboard leaves the field; a field being typed in
     * keeps its text, its caret and the keyboard across a rebuild.
     */
    private void show(ReportDocument document) {
        if (document == null) {
            return;
        }
        Optional<Node> drafting = fields.values().stream().filter(FieldBox::typing).<Node>map(FieldBox::text).findFirst()
                .or(() -> cells.values().stream().filter(CellField::typing).<Node>map(CellField::text).findFirst());
        if (drafting.isPresent()) {
            held = document;
            drafting.get().focusedProperty().addListener(new javafx.beans.value.ChangeListener<>() {
                @Override
                public void changed(javafx.beans.value.ObservableValue<? extends Boolean> focus, Boolean before, Boolean now) {
                    if (!now) {
                        focus.removeListener(this);
                        showHeld();
                    }
                }
            });
            return;
        }
        held = null;
        Optional<TextInputControl> typing = Stream.concat(fields.values().stream().map(FieldBox::text),
                cells.values().stream().map(CellField::text)).<TextInputControl>map(input -> input).filter(Node::isFocused).findFirst();
        int caret = typing.map(TextInputControl::getCaretPosition).orElse(0);
        double scrolled = preview.getVvalue();
        VBox page = DocumentLayout.page(document, this::field, this::cellField, this::sign);
        page.setPadding(new Insets(16, 24, 24, 24));
        preview.setContent(page);
        preview.setVvalue(scrolled);
        typing.filter(area -> area.getScene() != null).ifPresent(area -> {
            area.requestFocus();
            area.positionCaret(Math.min(caret, area.getLength()));
        });
        if (status.getText().isEmpty() || status.getText().equals(messages.get("report.building"))
                || status.getText().equals(lastShown)) {
            lastShown = messages.get("report.shown", document.sections().size());
            status.setText(lastShown);
        }
    }

    private void showHeld() {
        ReportDocument waiting = held;
        if (waiting != null && waiting == vm.documentProperty().get()) {
            show(waiting);
        }
    }

    private Node field(ToFill toFill) {
        return fields.computeIfAbsent(toFill.field(), id -> new FieldBox(toFill, messages, entry -> {
            fields.get(entry.field()).say(messages.get("report.field.saving"));
            vm.set(entry);
            showHeld();
        }));
    }

    private Node cellField(Cell cell) {
        FieldRef ref = cell.fill().orElseThrow();
        CellField box = cells.computeIfAbsent(ref, key -> new CellField(cell, entry -> {
            cells.get(key).say(messages.get("report.field.saving"));
            vm.set(entry);
            showHeld();
        }));
        box.show(cell);
        return box;
    }

    /** Brings the next field still to fill (after the one being typed in, else the first) into view, with the keyboard in it. */
    public void nextField() {
        if (!(preview.getContent() instanceof Parent page)) {
            return;
        }
        java.util.List<FieldBox> open = new java.util.ArrayList<>();
        collectFields(page, open);
        if (open.isEmpty()) {
            return;
        }
        int typing = -1;
        for (int i = 0; i < open.size(); i++) {
            if (open.get(i).text().isFocused()) {
                typing = i;
            }
        }
        showField(open.get((typing + 1) % open.size()));
    }

    private static void collectFields(Parent parent, java.util.List<FieldBox> found) {
        for (Node child : parent.getChildrenUnmodifiable()) {
            if (child instanceof FieldBox box) {
                found.add(box);
            } else if (child instanceof Parent inner) {
                collectFields(inner, found);
            }
        }
    }

    /** Scrolls the preview so that {@code box} shows, and puts the keyboard in it. */
    void showField(FieldBox box) {
        Node content = preview.getContent();
        preview.layout();
        double contentHeight = content.getLayoutBounds().getHeight();
        double viewport = preview.getViewportBounds().getHeight();
        javafx.geometry.Bounds at = content.sceneToLocal(box.localToScene(box.getLayoutBounds()));
        if (contentHeight > viewport) {
            preview.setVvalue(Math.max(0, Math.min(1, (at.getMinY() - 24) / (contentHeight - viewport))));
        }
        box.text().requestFocus();
    }

    private String sign(Mark mark) {
        return switch (mark) {
            case GOOD -> "✓";
            case BAD -> "✗";
            case WARNING -> "⚠";
            case TO_FILL -> "✎";
            case PLAIN -> "";
        };
    }

    /** Asks where, then writes the previewed report in the chosen format off the FX thread. */
    public void export() {
        ReportFormat chosen = format.getValue();
        Path journal = vm.journalFile();
        Path beside = journal.resolveSibling(journal.getFileName().toString().replaceFirst("\\.jsonl$", "") + "." + chosen.word());
        saveAs.ask(chosen, beside, getScene() == null ? null : getScene().getWindow()).ifPresent(file -> vm.export(chosen, file));
    }

    private void sayProblem(String problem) {
        if (!problem.isEmpty()) {
            status.setText(messages.get("report.buildFailed", problem));
        }
    }

    private void sayExported(ExportOutcome outcome) {
        status.setText(outcome.ok() ? messages.get("report.exported", outcome.format().word().toUpperCase(java.util.Locale.ROOT),
                outcome.file().toAbsolutePath()) : messages.get("report.exportFailed", outcome.file(), outcome.failure().orElse("")));
    }

    private void saySaved(ReportViewModel.FieldOutcome outcome) {
        String words = outcome.refusal().map(why -> messages.get("report.field.refused", why)).orElse(messages.get("report.field.saved"));
        FieldEntry entry = outcome.entry();
        if (entry.row().isEmpty() && entry.column().isEmpty()) {
            Optional.ofNullable(fields.get(entry.field())).ifPresent(box -> box.say(words));
        } else {
            Optional.ofNullable(cells.get(new FieldRef(entry.field(), entry.row(), entry.column()))).ifPresent(box -> box.say(words));
        }
        status.setText(words);
    }

    /** The view is closing: lets go of the view model. */
    public void stop() {
        subscriptions.release();
    }

    /** The format exports are written in (for tests). */
    ChoiceBox<ReportFormat> formatChoice() {
        return format;
    }
}

package dev.warroom.console.start;

import atlantafx.base.theme.Styles;
import dev.warroom.console.i18n.Messages;
import dev.warroom.console.lifecycle.Subscriptions;
import dev.warroom.console.keys.Shortcuts;
import dev.warroom.console.palette.Overlays;
import dev.warroom.console.start.importing.ImportReview;
import dev.warroom.core.incident.Mode;
import dev.warroom.core.plan.PlanDirectory;
import dev.warroom.core.plan.model.Plan;
import dev.warroom.core.plan.model.Scenario;
import dev.warroom.core.report.RecordedWords;
import java.io.File;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;

/**
 * The start screen: pick a plan (from plans/ or any file), one of its drills or none, a mode, a scenario and, where the
 * plan has severity levels, the level the incident is held to, and open a war room; resume an incident left open on disk,
 * or open the report of one that is over; import a DR document as a draft plan. Keys: Ctrl+O a plan file, Ctrl+I a
 * document to import, Ctrl+D the drills (arrows choose, Delete chooses
 * none), Ctrl+L the severity level (arrows choose), Ctrl+Enter open, Ctrl+R resume, Ctrl+Shift+E
 * the chosen finished incident's report (Enter in its list too), Esc back to the war room when one is open.
 */
public final class StartScreen extends BorderPane {

    private static final PseudoClass DANGER = PseudoClass.getPseudoClass("danger");

    private final StartViewModel vm;
    private final Messages messages;
    private final Subscriptions subscriptions = new Subscriptions();
    // shown by itself when a document has been read, however the import was started
    private final ImportReview review;

    public StartScreen(StartViewModel vm, Messages messages, Shortcuts shortcuts, Overlays overlays, Optional<Runnable> back) {
        this.vm = vm;
        this.messages = messages;
        setId("start");
        getStyleClass().add(StartStyles.SCREEN);

        Button openFile = button("start-open-file", "start.file", new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN),
                shortcuts, this::chooseFile);
        Button importDocument = button("start-import", "start.import", new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN),
                shortcuts, this::chooseDocument);
        importDocument.disableProperty().bind(vm.importing().busyProperty());
        Button open = button("start-open", "start.open", new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN),
                shortcuts, vm::open);
        open.getStyleClass().addAll(Styles.ACCENT, Styles.LARGE);
        open.setMinWidth(Region.USE_PREF_SIZE);
        open.disableProperty().bind(vm.blockerProperty().isNotEqualTo(StartViewModel.Blocker.NONE));
        Button resume = button("start-resume", "start.resume", new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN),
                shortcuts, vm::resume);
        resume.disableProperty().bind(Bindings.createBooleanBinding(() -> !vm.canResume(), vm.selectedUnfinishedProperty(),
                vm.openingProperty(), vm.confirmingLiveProperty()));

        Button report = button("start-report", "start.report", new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN), shortcuts, vm::report);
        report.disableProperty().bind(Bindings.createBooleanBinding(() -> !vm.canReport(), vm.selectedFinishedProperty(),
                vm.openingProperty(), vm.confirmingLiveProperty()));

        review = new ImportReview(vm.importing(), messages, overlays, this::askWhereToSave, subscriptions);
        setTop(header(shortcuts, back, importDocument));
        SeverityChooser severity = new SeverityChooser(vm, messages, shortcuts, subscriptions);
        HBox columns = new HBox(16, left(openFile, resume, report), new DrillColumn(vm, messages, shortcuts, subscriptions),
                right(overlays, open, severity));
        columns.getStyleClass().add(StartStyles.COLUMN);
        setCenter(columns);
    }

    public StartViewModel viewModel() {
        return vm;
    }

    /** The screen is left for good: lets go of what it subscribed to on the app's language. */
    public void close() {
        subscriptions.release();
    }

    private HBox header(Shortcuts shortcuts, Optional<Runnable> back, Button importDocument) {
        Label title = new Label();
        title.setId("start-title");
        title.getStyleClass().add(dev.warroom.console.theme.Styles.TITLE);
        title.textProperty().bind(messages.text("start.title"));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        // in the header, so that the plans and incidents below keep all the height they had
        HBox header = new HBox(12, title, gap, importDocument);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add(StartStyles.SECTION);
        back.ifPresent(goBack -> header.getChildren().add(button("start-back", "start.back", new KeyCodeCombination(KeyCode.ESCAPE),
                shortcuts, goBack)));
        return header;
    }

    private VBox left(Button openFile, Button resume, Button report) {
        Label plansHeading = heading("start.plans");
        Label status = new Label();
        status.setId("start-status");
        status.getStyleClass().add(StartStyles.CAPTION);
        status.textProperty().bind(Bindings.createStringBinding(this::plansStatus, vm.plans(), vm.plansScannedProperty(),
                vm.plansFailureProperty(), messages.localeProperty()));
        PlanListView plans = new PlanListView(messages, subscriptions);
        plans.setItems(vm.plans());
        plans.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null && now != vm.selectedPlanProperty().get()) {
                vm.selectPlan(now);
            }
        });
        vm.selectedPlanProperty().addListener((obs, old, now) -> plans.getSelectionModel().select(now));
        plans.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && !e.isShortcutDown()) {
                vm.open();
                e.consume();
            }
        });
        VBox.setVgrow(plans, Priority.ALWAYS);

        Label resumeHeading = heading("start.unfinished");
        IncidentListView<UnfinishedIncident> unfinished = IncidentListView.unfinished(messages, subscriptions);
        unfinished.setItems(vm.unfinished());
        unfinished.setPrefHeight(170);
        unfinished.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != vm.selectedUnfinishedProperty().get()) {
                vm.selectUnfinished(now);
            }
        });
        vm.selectedUnfinishedProperty().addListener((obs, old, now) -> unfinished.getSelectionModel().select(now));
        unfinished.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && !e.isShortcutDown()) {
                vm.resume();
                e.consume();
            }
        });
        ShellPermission resumeShell = new ShellPermission("resume-shell-choice", vm.resumeShell(), messages, subscriptions);
        VBox column = new VBox(8, plansHeading, status, plans, openFile, resumeHeading, unfinished, resumeShell, resume,
                heading("start.finished"), finishedList(), report);
        column.getStyleClass().add(StartStyles.SECTION);
        column.setPrefWidth(360);
        column.setMinWidth(320);
        return column;
    }

    private IncidentListView<FinishedIncident> finishedList() {
        IncidentListView<FinishedIncident> finished = IncidentListView.finished(messages, subscriptions);
        finished.setItems(vm.finished());
        finished.setPrefHeight(130);
        finished.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != vm.selectedFinishedProperty().get()) {
                vm.selectFinished(now);
            }
        });
        vm.selectedFinishedProperty().addListener((obs, old, now) -> finished.getSelectionModel().select(now));
        finished.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && !e.isShortcutDown()) {
                vm.report();
                e.consume();
            }
        });
        return finished;
    }

    private String plansStatus() {
        if (!vm.plansFailureProperty().get().isEmpty()) {
            return messages.get("start.plans.failed", vm.plansFailureProperty().get());
        }
        if (!vm.plansScannedProperty().get()) {
            return messages.get("start.plans.reading");
        }
        long usable = vm.plans().stream().filter(PlanDirectory.Entry::usable).count();
        return messages.get("start.plans.ready", usable, vm.plans().size());
    }

    private VBox right(Overlays overlays, Button open, SeverityChooser severity) {
        Label system = new Label();
        system.setId("start-system");
        system.getStyleClass().add(StartStyles.SYSTEM);
        system.setWrapText(true);
        Label facts = new Label();
        facts.setId("start-facts");
        facts.getStyleClass().add(StartStyles.CAPTION);
        facts.setWrapText(true);
        Label summary = new Label();
        summary.getStyleClass().add(StartStyles.SUMMARY);
        summary.setWrapText(true);
        vm.selectedPlanProperty().addListener((obs, old, now) -> describe(now, system, facts, summary));
        subscriptions.onChange(messages.localeProperty(), () -> describe(vm.selectedPlanProperty().get(), system, facts, summary));
        describe(vm.selectedPlanProperty().get(), system, facts, summary);

        VBox problems = problems();

        ModeSelector modes = new ModeSelector(vm);
        Label modeNote = new Label();
        modeNote.setId("mode-note");
        modeNote.getStyleClass().add(StartStyles.MODE_NOTE);
        modeNote.setWrapText(true);
        modeNote.textProperty().bind(Bindings.createStringBinding(
                () -> messages.get("start.mode.about." + vm.modeProperty().get().word()), vm.modeProperty(), messages.localeProperty()));
        LiveConfirmation live = new LiveConfirmation(vm, messages, overlays);
        vm.confirmingLiveProperty().addListener((obs, was, now) -> {
            if (now) {
                live.show();
            }
        });

        ComboBox<Scenario> scenarios = scenarioChooser();

        Label blocker = new Label();
        blocker.setId("start-blocker");
        blocker.setWrapText(true);
        blocker.textProperty().bind(Bindings.createStringBinding(() -> blockerWords(vm.blockerProperty().get()), vm.blockerProperty(),
                vm.modeProperty(), vm.drillProperty(), messages.localeProperty()));
        blocker.getStyleClass().add(StartStyles.NOTICE);
        vm.modeProperty().addListener((obs, old, now) -> blocker.pseudoClassStateChanged(DANGER, now == Mode.LIVE));
        Label failure = new Label();
        failure.setId("start-failure");
        failure.getStyleClass().add(StartStyles.FAILURE);
        failure.setWrapText(true);
        failure.textProperty().bind(Bindings.createStringBinding(() -> vm.failureProperty().get().isEmpty() ? ""
                : messages.get("start.failed", vm.failureProperty().get().in(messages)), vm.failureProperty(), messages.localeProperty()));
        failure.visibleProperty().bind(Bindings.createBooleanBinding(() -> !vm.failureProperty().get().isEmpty(), vm.failureProperty()));
        failure.managedProperty().bind(failure.visibleProperty());

        // the words under the button, across the column: beside it they would stand in a narrow, tall strip
        VBox openRow = new VBox(6, open, blocker);
        ShellPermission shell = new ShellPermission("shell-choice", vm.openShell(), messages, subscriptions);
        VBox details = new VBox(10, system, facts, summary, problems, heading("start.mode"), modes, modeNote, shell,
                heading("start.scenario"), scenarios, severity, new DrillDetails(vm, messages, subscriptions));
        details.getStyleClass().addAll(StartStyles.SECTION, StartStyles.DETAILS);
        ScrollPane scroll = new ScrollPane(details);
        scroll.setId("start-details");
        scroll.setFitToWidth(true);
        // as tall as the details, just above the way to open, which stays on screen however long they run
        scroll.prefViewportHeightProperty().bind(details.heightProperty());
        scroll.setMaxHeight(Region.USE_PREF_SIZE);
        VBox.setVgrow(scroll, Priority.SOMETIMES);
        VBox column = new VBox(10, scroll, openRow, failure);
        openRow.getStyleClass().add(StartStyles.OPEN_ROW);
        failure.getStyleClass().add(StartStyles.OPEN_ROW);
        // when room runs short, the details scroll: the way to open and why it failed keep their words
        openRow.setMinHeight(Region.USE_PREF_SIZE);
        failure.setMinHeight(Region.USE_PREF_SIZE);
        column.setPrefWidth(480);
        HBox.setHgrow(column, Priority.ALWAYS);
        return column;
    }

    private VBox problems() {
        Label heading = new Label();
        heading.getStyleClass().add(StartStyles.FAILURE);
        heading.textProperty().bind(messages.text("start.problems"));
        VBox lines = new VBox(4);
        lines.setId("start-problems");
        VBox box = new VBox(6, heading, lines);
        box.getStyleClass().add(StartStyles.PROBLEMS);
        Runnable show = () -> {
            RecordedWords recorded = messages.recorded();
            lines.getChildren().setAll(vm.problems().stream().map(text -> {
                Label line = new Label(recorded.problem(text));
                line.getStyleClass().add(StartStyles.PROBLEM);
                line.setWrapText(true);
                return line;
            }).toList());
            box.setVisible(!vm.problems().isEmpty());
            box.setManaged(!vm.problems().isEmpty());
        };
        vm.problems().addListener((ListChangeListener<String>) c -> show.run());
        subscriptions.onChange(messages.localeProperty(), show);
        show.run();
        return box;
    }

    private ComboBox<Scenario> scenarioChooser() {
        ComboBox<Scenario> scenarios = new ComboBox<>();
        scenarios.setId("start-scenario");
        scenarios.setItems(vm.scenarios());
        scenarios.setMaxWidth(Double.MAX_VALUE);
        StringConverter<Scenario> names = new StringConverter<>() {
            @Override
            public String toString(Scenario s) {
                return s == null ? messages.get("start.scenario.none") : s.titleEn() == null ? s.title() : s.title() + " — " + s.titleEn();
            }

            @Override
            public Scenario fromString(String text) {
                return null;
            }
        };
        scenarios.setConverter(names);
        scenarios.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(Scenario s, boolean empty) {
                super.updateItem(s, empty);
                setText(names.toString(empty ? null : s));
            }
        });
        // a chosen drill plays its own scenario
        scenarios.disableProperty().bind(Bindings.isEmpty(vm.scenarios()).or(vm.drillProperty().isNotNull()));
        scenarios.setValue(vm.scenarioProperty().get());
        vm.scenarioProperty().addListener((obs, old, now) -> scenarios.setValue(now));
        scenarios.valueProperty().addListener((obs, old, now) -> {
            if (now != null && now != vm.scenarioProperty().get()) {
                vm.chooseScenario(now);
            }
        });
        return scenarios;
    }

    private void describe(PlanDirectory.Entry entry, Label system, Label facts, Label summary) {
        Optional<Plan> plan = entry == null ? Optional.empty() : entry.plan();
        system.setText(entry == null ? messages.get("start.choose") : plan.map(Plan::system).orElse(entry.file().getFileName().toString()));
        facts.setText(entry == null ? "" : plan.map(p -> messages.get("start.plan.facts", entry.file().toString(),
                messages.duration(p.targets().rto()), messages.duration(p.targets().rpo()), p.sites().size(), p.procedures().size(),
                p.scenarios().size())).orElse(entry.file().toString()));
        summary.setText(plan.map(Plan::summary).orElse(""));
        summary.setVisible(!summary.getText().isBlank());
        summary.setManaged(summary.isVisible());
    }

    private String blockerWords(StartViewModel.Blocker blocker) {
        if (blocker == StartViewModel.Blocker.NONE && vm.drillProperty().get() != null) {
            String drill = new DrillWords(messages).title(vm.drillProperty().get());
            return vm.modeProperty().get() == Mode.DRILL ? messages.get("start.ready.exercise.drill", drill)
                    : messages.get("start.ready.exercise.tabletop", drill);
        }
        return switch (blocker) {
            case NONE -> switch (vm.modeProperty().get()) {
                case TABLETOP -> messages.get("start.ready.tabletop");
                case DRILL -> messages.get("start.ready.drill");
                case LIVE -> messages.get("start.ready.live", StartViewModel.LIVE_WORD);
            };
            case NO_PLAN -> messages.get("start.blocker.noPlan");
            case PLAN_INVALID -> messages.get("start.blocker.invalid");
            case CONFIRMING_LIVE -> messages.get("start.blocker.confirming");
            case OPENING -> messages.get("start.blocker.opening");
        };
    }

    private Label heading(String key) {
        Label heading = new Label();
        heading.getStyleClass().add(Styles.TITLE_4);
        heading.textProperty().bind(messages.text(key));
        return heading;
    }

    private Button button(String id, String key, KeyCombination keys, Shortcuts shortcuts, Runnable action) {
        Button button = new Button();
        button.setId(id);
        button.textProperty().bind(Bindings.concat(messages.text(key), "  ", keys.getDisplayText()));
        button.setOnAction(e -> action.run());
        shortcuts.register(keys, key, () -> {
            if (!button.isDisabled()) {
                action.run();
            }
        });
        return button;
    }

    private void chooseFile() {
        FileChooser chooser = new FileChooser();
        chooser.titleProperty().bind(messages.text("start.file"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("YAML", "*.yaml", "*.yml"));
        File plans = vm.plansDirectory().toFile();
        if (plans.isDirectory()) {
            chooser.setInitialDirectory(plans);
        }
        File chosen = chooser.showOpenDialog(getScene().getWindow());
        if (chosen != null) {
            vm.openFile(chosen.toPath());
        }
    }

    private void chooseDocument() {
        FileChooser chooser = new FileChooser();
        chooser.titleProperty().bind(messages.text("start.import"));
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter(messages.get("import.filter.documents"), "*.md", "*.markdown",
                "*.txt"), new FileChooser.ExtensionFilter(messages.get("import.filter.all"), "*"));
        File chosen = chooser.showOpenDialog(getScene().getWindow());
        if (chosen != null) {
            vm.importing().importDocument(chosen.toPath());
        }
    }

    private Optional<java.nio.file.Path> askWhereToSave(java.nio.file.Path suggested) {
        FileChooser chooser = new FileChooser();
        chooser.titleProperty().bind(messages.text("import.save"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("YAML", "*.yaml", "*.yml"));
        chooser.setInitialDirectory(suggested.getParent().toFile());
        chooser.setInitialFileName(suggested.getFileName().toString());
        return Optional.ofNullable(chooser.showSaveDialog(getScene().getWindow())).map(File::toPath);
    }
}

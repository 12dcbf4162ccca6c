package dev.warroom.console.facilitator;

import dev.warroom.core.drill.ActionItem;
import dev.warroom.core.drill.CriterionMeasure;
import dev.warroom.core.drill.DrillState;
import dev.warroom.core.drill.HotWash;
import dev.warroom.core.drill.Rating;
import dev.warroom.core.plan.model.ChecklistItem;
import dev.warroom.core.plan.model.Drill;
import dev.warroom.core.plan.model.DrillObjective;
import dev.warroom.core.plan.model.SuccessCriterion;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The end of the drill, in order: the journal judges what it measured (Alt+J), the facilitator gives
 * a verdict with evidence for each criterion left, writes the hot wash (went well, to improve, action
 * items with owner and due date, an optional P/S/M/U per objective), ticks the cleanup checklist and
 * closes the drill (with a reason if items are open). Before the incident ends, the facilitator may
 * end the drill here, with a reason.
 */
final class EndOfDrillPane extends VBox {

    /** The actor of the verdicts the journal gives itself. */
    private static final String JOURNAL = "journal";

    private final FacilitatorContext context;
    private final Drill drill;
    private final VBox endNow;
    private final TextField endReason = new TextField();
    private final Button judgeMeasured = new Button();
    private final Map<String, VerdictRow> verdictRows = new LinkedHashMap<>();
    private final VBox verdicts = new VBox(6);
    private final TextArea wentWell = new TextArea();
    private final TextArea toImprove = new TextArea();
    private final TextField actionText = new TextField();
    private final TextField actionOwner = new TextField();
    private final TextField actionDue = new TextField();
    private final ListView<ActionItem> actions = new ListView<>();
    private final Map<String, ComboBox<String>> ratings = new LinkedHashMap<>();
    private final Button recordHotWash = new Button();
    private final Label hotWashState = new Label();
    private final Map<String, CheckBox> cleanup = new LinkedHashMap<>();
    private final TextField closeReason = new TextField();
    private final Button close = new Button();
    private final Label closeState = new Label();

    EndOfDrillPane(FacilitatorContext context) {
        super(12);
        this.context = context;
        this.drill = context.vm().drill().orElse(null);
        setId("facilitator-end");
        setPadding(new Insets(10));

        endReason.setId("end-reason");
        endReason.promptTextProperty().bind(context.text("facilitator.end.reason"));
        HBox.setHgrow(endReason, Priority.ALWAYS);
        Button end = button("end-drill", "facilitator.end.now", "");
        end.setOnAction(e -> endNow());
        endReason.setOnAction(e -> endNow());
        endNow = section("facilitator.end.early", new HBox(8, endReason, end));

        judgeMeasured.setId("judge-measured");
        judgeMeasured.textProperty().bind(context.text("facilitator.end.judgeMeasured").concat("  Alt+J"));
        judgeMeasured.setOnAction(e -> context.vm().judgeMeasured());
        context.shortcuts().register(new KeyCodeCombination(KeyCode.J, KeyCombination.ALT_DOWN), "facilitator.end.judgeMeasured",
                judgeMeasured::fire);
        verdicts.setId("verdicts");

        getChildren().addAll(endNow, section("facilitator.end.verdicts", judgeMeasured, verdicts), hotWash(), cleanup(), closing());
        context.subscriptions().onChange(context.vm().stateProperty(), this::refresh);
        context.subscriptions().onChange(context.vm().toJudgeProperty(), this::refresh);
        context.subscriptions().onChange(context.vm().endingProperty(), this::refresh);
        context.subscriptions().onChange(context.vm().busyProperty(), this::refresh);
        context.subscriptions().onChange(context.messages().localeProperty(), () -> {
            actions.refresh();
            refresh();
        });
        refresh();
    }

    private VBox section(String titleKey, Node... content) {
        Label title = new Label();
        title.textProperty().bind(context.text(titleKey));
        title.getStyleClass().add(FacilitatorStyles.TITLE);
        VBox box = new VBox(6, title);
        box.getChildren().addAll(content);
        box.getStyleClass().add(FacilitatorStyles.SECTION);
        box.setPadding(new Insets(8));
        return box;
    }

    private Button button(String id, String key, String keys) {
        Button button = new Button();
        button.setId(id);
        button.textProperty().bind(keys.isEmpty() ? context.text(key) : context.text(key).concat("  " + keys));
        return button;
    }

    private Label label(String key) {
        Label label = new Label();
        label.textProperty().bind(context.text(key));
        return label;
    }

    private void endNow() {
        String reason = endReason.getText().strip();
        context.vm().endDrill(reason.isEmpty() ? context.messages().get("facilitator.end.defaultReason") : reason);
    }

    // ---- verdicts --------------------------------------------------------------------------

    /**
     * Once the journal has judged what it measured (here, or before this window opened), a row for each
     * criterion it left: the ones it answered as still to judge, and any without a verdict of the journal's.
     */
    private void refreshVerdicts() {
        if (drill == null || !journalJudged()) {
            return;
        }
        Optional<DrillState> state = context.vm().drillState();
        Set<String> leftByJournal = context.vm().toJudgeProperty().get().stream().map(m -> m.criterion().id()).collect(Collectors.toSet());
        for (SuccessCriterion criterion : drill.successCriteria()) {
            boolean judgedByJournal = state.flatMap(d -> d.verdicts().stream().filter(v -> v.criterion().equals(criterion.id()))
                    .filter(v -> JOURNAL.equals(v.actor())).findFirst()).isPresent();
            if (leftByJournal.contains(criterion.id()) || !judgedByJournal) {
                verdictRows.computeIfAbsent(criterion.id(), id -> {
                    VerdictRow row = new VerdictRow(context, criterion, () -> measured(id));
                    verdicts.getChildren().add(row);
                    return row;
                });
            } else {
                // its row was made before the journal's verdict on it reached this window: that verdict is not the facilitator's to give
                Optional.ofNullable(verdictRows.remove(criterion.id())).ifPresent(verdicts.getChildren()::remove);
            }
        }
    }

    private boolean journalJudged() {
        return context.vm().measuredJudgedProperty().get() || context.vm().drillState()
                .map(d -> d.verdicts().stream().anyMatch(v -> JOURNAL.equals(v.actor()))).orElse(false);
    }

    private String measured(String criterionId) {
        return context.vm().toJudgeProperty().get().stream().filter(m -> m.criterion().id().equals(criterionId)).findFirst()
                .or(() -> context.vm().measuresProperty().get().stream().filter(m -> m.criterion().id().equals(criterionId)).findFirst())
                .flatMap(CriterionMeasure::measured).orElse("");
    }

    // ---- hot wash --------------------------------------------------------------------------

    private VBox hotWash() {
        wentWell.setId("hotwash-well");
        toImprove.setId("hotwash-improve");
        for (TextArea area : List.of(wentWell, toImprove)) {
            area.setPrefRowCount(3);
            area.setWrapText(true);
        }
        wentWell.promptTextProperty().bind(context.text("facilitator.hotwash.onePerLine"));
        toImprove.promptTextProperty().bind(context.text("facilitator.hotwash.onePerLine"));
        actionText.setId("action-text");
        actionOwner.setId("action-owner");
        actionDue.setId("action-due");
        actionText.promptTextProperty().bind(context.text("facilitator.hotwash.action"));
        actionOwner.promptTextProperty().bind(context.text("facilitator.hotwash.owner"));
        actionDue.promptTextProperty().bind(context.text("facilitator.hotwash.due"));
        HBox.setHgrow(actionText, Priority.ALWAYS);
        Button addAction = button("action-add", "facilitator.hotwash.addAction", "⏎");
        addAction.setOnAction(e -> addAction());
        for (TextField field : List.of(actionText, actionOwner, actionDue)) {
            field.setOnAction(e -> addAction());
        }
        actions.setId("action-items");
        actions.setPrefHeight(90);
        actions.setCellFactory(v -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(ActionItem item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : context.messages().get("facilitator.hotwash.actionLine", item.text(), item.owner(),
                        item.due()));
            }
        });
        GridPane ratingGrid = new GridPane();
        ratingGrid.setHgap(8);
        ratingGrid.setVgap(4);
        int row = 0;
        for (DrillObjective objective : drill == null ? List.<DrillObjective>of() : drill.objectives()) {
            ComboBox<String> rating = new ComboBox<>();
            rating.setId("rating-" + objective.id());
            rating.getItems().add("—");
            Arrays.stream(Rating.values()).forEach(r -> rating.getItems().add(r.name()));
            rating.getSelectionModel().select(0);
            ratings.put(objective.id(), rating);
            Label title = new Label();
            title.textProperty().bind(context.planTextBinding(objective.title(), objective.titleEn()));
            ratingGrid.addRow(row++, title, rating);
        }
        recordHotWash.setId("hotwash-record");
        recordHotWash.textProperty().bind(context.text("facilitator.hotwash.record"));
        recordHotWash.setOnAction(e -> recordHotWash());
        hotWashState.setId("hotwash-state");
        hotWashState.getStyleClass().add(FacilitatorStyles.MUTED);
        Label ratingHelp = label("facilitator.hotwash.ratings");
        ratingHelp.getStyleClass().add(FacilitatorStyles.HINT);
        return section("facilitator.hotwash.title", label("facilitator.hotwash.wentWell"), wentWell, label("facilitator.hotwash.toImprove"),
                toImprove, label("facilitator.hotwash.actions"), new HBox(8, actionText, actionOwner, actionDue, addAction), actions,
                ratingHelp, ratingGrid, new HBox(12, recordHotWash, hotWashState));
    }

    private void addAction() {
        if (actionText.getText().isBlank()) {
            actionText.requestFocus();
            return;
        }
        actions.getItems().add(new ActionItem(actionText.getText().strip(), actionOwner.getText().strip(), actionDue.getText().strip()));
        actionText.clear();
        actionOwner.clear();
        actionDue.clear();
        actionText.requestFocus();
    }

    private void recordHotWash() {
        Map<String, Rating> rated = new LinkedHashMap<>();
        ratings.forEach((objective, box) -> Rating.parse(box.getValue()).ifPresent(r -> rated.put(objective, r)));
        context.vm().recordHotWash(new HotWash(lines(wentWell), lines(toImprove), List.copyOf(actions.getItems()), rated));
    }

    private static List<String> lines(TextArea area) {
        return area.getText().lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    // ---- cleanup and closing ---------------------------------------------------------------

    private VBox cleanup() {
        VBox items = new VBox(4);
        items.setId("cleanup-items");
        for (ChecklistItem item : drill == null ? List.<ChecklistItem>of() : drill.cleanup()) {
            CheckBox box = new CheckBox();
            box.textProperty().bind(context.planTextBinding(item.title(), item.titleEn()));
            box.setId("cleanup-" + item.id());
            box.setOnAction(e -> {
                if (box.isSelected()) {
                    context.vm().tickCleanup(item.id());
                }
            });
            cleanup.put(item.id(), box);
            items.getChildren().add(box);
        }
        if (cleanup.isEmpty()) {
            items.getChildren().add(label("facilitator.cleanup.none"));
        }
        return section("facilitator.cleanup.title", items);
    }

    private VBox closing() {
        closeReason.setId("close-reason");
        closeReason.promptTextProperty().bind(context.text("facilitator.close.reason"));
        HBox.setHgrow(closeReason, Priority.ALWAYS);
        close.setId("close-drill");
        close.textProperty().bind(context.text("facilitator.close.button"));
        close.setOnAction(e -> closeDrill());
        closeReason.setOnAction(e -> closeDrill());
        closeState.setId("close-state");
        closeState.setWrapText(true);
        return section("facilitator.close.title", new HBox(8, closeReason, close), closeState);
    }

    private List<String> openCleanup() {
        Set<String> ticked = context.vm().drillState().map(DrillState::cleanupTicked).orElse(Set.of());
        return cleanup.keySet().stream().filter(id -> !ticked.contains(id)).toList();
    }

    private void closeDrill() {
        if (!openCleanup().isEmpty() && closeReason.getText().isBlank()) {
            closeState.setText(context.messages().get("facilitator.close.needReason", String.join(", ", openCleanup())));
            closeReason.requestFocus();
            return;
        }
        context.vm().closeDrill(closeReason.getText().strip());
    }

    private void refresh() {
        refreshVerdicts();
        FacilitatorViewModel vm = context.vm();
        Optional<DrillState> state = vm.drillState();
        boolean atEnd = vm.over() || vm.endingProperty().get();
        boolean closed = state.map(DrillState::closed).orElse(true);
        boolean busy = vm.busyProperty().get();
        endNow.setVisible(!vm.over());
        endNow.setManaged(!vm.over());
        endNow.setDisable(busy || state.isEmpty());
        judgeMeasured.setDisable(!atEnd || closed || busy || journalJudged());
        verdictRows.forEach((id, row) -> row.show(state.flatMap(d -> d.verdict(id))));
        boolean recorded = state.flatMap(DrillState::hotWash).isPresent();
        recordHotWash.setDisable(!atEnd || closed || busy);
        hotWashState.setText(recorded ? context.messages().get("facilitator.hotwash.recorded") : "");
        Set<String> ticked = state.map(DrillState::cleanupTicked).orElse(Set.of());
        cleanup.forEach((id, box) -> {
            box.setSelected(ticked.contains(id));
            box.setDisable(ticked.contains(id) || closed || state.isEmpty());
        });
        close.setDisable(!atEnd || closed || busy);
        closeReason.setDisable(closed);
        if (closed && state.isPresent()) {
            closeState.setText(context.messages().get("facilitator.close.closed"));
        } else if (!openCleanup().isEmpty() && atEnd) {
            closeState.setText(context.messages().get("facilitator.close.open", openCleanup().stream().collect(Collectors.joining(", "))));
        }
    }
}

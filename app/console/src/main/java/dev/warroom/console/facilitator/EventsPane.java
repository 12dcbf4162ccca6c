package dev.warroom.console.facilitator;

import dev.warroom.core.drill.DrillState;
import dev.warroom.core.drill.InjectState;
import dev.warroom.core.drill.InjectStatus;
import dev.warroom.core.incident.IncidentStatus;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The events list (MSEL): every inject with its time or trigger, its state, its message, world change,
 * expected action and the facilitator's note; fire now (Alt+F), hold (Alt+H), release (Alt+R), skip
 * with a reason (Alt+S) and add an ad-hoc inject (Alt+A), on the inject selected.
 */
final class EventsPane extends VBox {

    private final FacilitatorContext context;
    private final ListView<InjectState> list = new ListView<>();
    private final Button fire;
    private final Button hold;
    private final Button release;
    private final Button skip;
    private final Button add;
    private final HBox skipRow;
    private final TextField skipReason = new TextField();
    private final AdHocInjectForm adHoc;

    /** @param bringForward shows this list, so that its keys act on what the facilitator can see */
    EventsPane(FacilitatorContext context, Runnable bringForward) {
        super(8);
        this.context = context;
        fire = button("inject-fire", "facilitator.inject.fire", "Alt+F");
        hold = button("inject-hold", "facilitator.inject.hold", "Alt+H");
        release = button("inject-release", "facilitator.inject.release", "Alt+R");
        skip = button("inject-skip", "facilitator.inject.skip", "Alt+S");
        add = button("inject-add", "facilitator.inject.add", "Alt+A");
        setId("facilitator-events");
        setPadding(new Insets(10));
        list.setId("inject-list");
        list.setCellFactory(view -> new InjectCell());
        VBox.setVgrow(list, Priority.ALWAYS);

        HBox actions = new HBox(8, fire, hold, release, skip, add);
        actions.setAlignment(Pos.CENTER_LEFT);
        fire.setOnAction(e -> selected().ifPresent(i -> context.vm().fire(i.id())));
        hold.setOnAction(e -> selected().ifPresent(i -> context.vm().hold(i.id())));
        release.setOnAction(e -> selected().ifPresent(i -> context.vm().release(i.id())));
        skip.setOnAction(e -> askSkipReason());
        add.setOnAction(e -> openAdHoc());

        skipReason.setId("skip-reason");
        skipReason.promptTextProperty().bind(context.text("facilitator.inject.skip.prompt"));
        HBox.setHgrow(skipReason, Priority.ALWAYS);
        Button skipConfirm = button("skip-confirm", "facilitator.inject.skip.confirm", "⏎");
        skipConfirm.setOnAction(e -> confirmSkip());
        skipReason.setOnAction(e -> confirmSkip());
        skipReason.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                closeSkip();
                e.consume();
            }
        });
        skipRow = new HBox(8, skipReason, skipConfirm);
        skipRow.setAlignment(Pos.CENTER_LEFT);
        show(skipRow, false);

        adHoc = new AdHocInjectForm(context, () -> list.requestFocus());
        show(adHoc, false);

        Label hint = new Label();
        hint.textProperty().bind(context.text("facilitator.events.hint"));
        hint.getStyleClass().add(FacilitatorStyles.HINT);
        getChildren().addAll(hint, list, actions, skipRow, adHoc);

        onKey(KeyCode.F, "facilitator.inject.fire", fire, bringForward);
        onKey(KeyCode.H, "facilitator.inject.hold", hold, bringForward);
        onKey(KeyCode.R, "facilitator.inject.release", release, bringForward);
        onKey(KeyCode.S, "facilitator.inject.skip", skip, bringForward);
        onKey(KeyCode.A, "facilitator.inject.add", add, bringForward);

        context.subscriptions().onChange(context.vm().stateProperty(), this::refresh);
        context.subscriptions().onChange(context.messages().localeProperty(), this::refresh);
        context.subscriptions().onChange(list.getSelectionModel().selectedItemProperty(), this::enableActions);
        context.subscriptions().onChange(context.vm().busyProperty(), this::enableActions);
        refresh();
        if (!list.getItems().isEmpty()) {
            list.getSelectionModel().select(0);
        }
    }

    /** Alt+{@code key} brings the list forward, then presses {@code button} (which does nothing while disabled). */
    private void onKey(KeyCode key, String nameKey, Button button, Runnable bringForward) {
        context.shortcuts().register(new KeyCodeCombination(key, KeyCombination.ALT_DOWN), nameKey, () -> {
            bringForward.run();
            button.fire();
        });
    }

    private Button button(String id, String key, String keys) {
        Button button = new Button();
        button.setId(id);
        button.textProperty().bind(context.text(key).concat("  " + keys));
        return button;
    }

    private static void show(javafx.scene.Node node, boolean shown) {
        node.setVisible(shown);
        node.setManaged(shown);
    }

    /** Puts the keyboard on the list. */
    void focusList() {
        list.requestFocus();
    }

    /** Selects the inject {@code id} (for the keyboard and tests). */
    void select(String id) {
        list.getItems().stream().filter(i -> i.id().equals(id)).findFirst().ifPresent(i -> list.getSelectionModel().select(i));
    }

    private Optional<InjectState> selected() {
        return Optional.ofNullable(list.getSelectionModel().getSelectedItem());
    }

    private void askSkipReason() {
        if (selected().isEmpty() || !selected().get().status().isOpen()) {
            return;
        }
        show(skipRow, true);
        skipReason.clear();
        skipReason.requestFocus();
    }

    private void confirmSkip() {
        String reason = skipReason.getText().strip();
        if (reason.isEmpty()) {
            skipReason.requestFocus();
            return;
        }
        selected().ifPresent(i -> context.vm().skip(i.id(), reason));
        closeSkip();
    }

    private void closeSkip() {
        show(skipRow, false);
        list.requestFocus();
    }

    private void openAdHoc() {
        if (context.vm().drillState().isEmpty()) {
            return;
        }
        show(adHoc, true);
        adHoc.begin(() -> show(adHoc, false));
    }

    private void refresh() {
        String keep = selected().map(InjectState::id).orElse(null);
        List<InjectState> injects = context.vm().drillState().map(DrillState::injects).orElse(List.of());
        list.getItems().setAll(injects);
        // an inject that did not change still reads differently once the incident is over, or in another language
        list.refresh();
        if (keep != null) {
            select(keep);
        }
        enableActions();
    }

    private void enableActions() {
        Optional<InjectState> inject = selected();
        boolean busyOrNone = context.vm().busyProperty().get() || inject.isEmpty();
        InjectStatus status = inject.map(InjectState::status).orElse(InjectStatus.FIRED);
        fire.setDisable(busyOrNone || !status.isOpen());
        hold.setDisable(busyOrNone || status != InjectStatus.PENDING);
        release.setDisable(busyOrNone || (status != InjectStatus.HELD && status != InjectStatus.DUE));
        skip.setDisable(busyOrNone || !status.isOpen());
        add.setDisable(context.vm().drillState().isEmpty() || context.vm().over());
    }

    /** One inject: id, time or trigger and state on the first line; then what it says, does and expects, and the note. */
    private final class InjectCell extends ListCell<InjectState> {
        @Override
        protected void updateItem(InjectState inject, boolean empty) {
            super.updateItem(inject, empty);
            for (InjectStatus status : InjectStatus.values()) {
                FacilitatorStyles.mark(this, status.word(), !empty && inject != null && inject.status() == status);
            }
            if (empty || inject == null) {
                setGraphic(null);
                setText(null);
                setId(null);
                return;
            }
            setId("inject-" + inject.id());
            setText(null);
            setGraphic(rows(inject));
        }

        private VBox rows(InjectState inject) {
            InjectWords words = context.words();
            Label id = new Label(inject.id() + (inject.adHoc() ? "  " + context.messages().get("facilitator.inject.adHoc") : "")
                    + (inject.inject().isDerived() ? "  · " + context.messages().get("derived.badge") : ""));
            id.getStyleClass().add(FacilitatorStyles.MUTED);
            Label when = new Label(words.when(inject));
            Label status = new Label(words.status(inject.status()));
            status.getStyleClass().add(FacilitatorStyles.INJECT_STATUS);
            FacilitatorStyles.mark(status, inject.status().word(), true);
            HBox head = new HBox(10, status, when, id);
            head.setAlignment(Pos.CENTER_LEFT);
            VBox rows = new VBox(2, head);
            rows.getStyleClass().add(FacilitatorStyles.INJECT);
            String message = context.planText(inject.inject().message(), inject.inject().messageEn());
            if (message != null && !message.isBlank()) {
                rows.getChildren().add(line(message, FacilitatorStyles.INJECT_MESSAGE));
            }
            String world = words.worldChange(inject.inject());
            if (!world.isEmpty()) {
                rows.getChildren().add(line(context.messages().get("facilitator.inject.world", world), FacilitatorStyles.INJECT_DETAIL));
            }
            if (!inject.worldChange().isBlank()) {
                rows.getChildren().add(line(words.worldChanged(inject), FacilitatorStyles.INJECT_DETAIL));
            }
            if (inject.inject().expect() != null && !inject.inject().expect().isBlank()) {
                rows.getChildren().add(line(context.messages().get("facilitator.inject.expect", inject.inject().expect()),
                        FacilitatorStyles.INJECT_DETAIL));
            }
            if (inject.inject().note() != null && !inject.inject().note().isBlank()) {
                rows.getChildren().add(line(context.messages().get("facilitator.inject.note", inject.inject().note()),
                        FacilitatorStyles.INJECT_DETAIL));
            }
            inject.firedAt().ifPresent(at -> rows.getChildren().add(line(words.fired(inject.firedBy(),
                    java.time.Duration.between(context.vm().drillState().get().startedAt(), at)), FacilitatorStyles.MUTED)));
            inject.acknowledgedBy().ifPresent(who -> rows.getChildren().add(line(context.messages().get("facilitator.inject.acknowledged",
                    who), FacilitatorStyles.MUTED)));
            if (inject.awaitsAcknowledgement() && context.vm().over()) {
                rows.getChildren().add(line(context.messages().get(context.vm().stateProperty().get().status() == IncidentStatus.ABORTED
                        ? "facilitator.inject.unacknowledged.aborted" : "facilitator.inject.unacknowledged.resolved"),
                        FacilitatorStyles.INJECT_DETAIL));
            }
            if (!inject.skipReason().isBlank()) {
                rows.getChildren().add(line(context.messages().get("facilitator.inject.skipped", inject.skipReason()),
                        FacilitatorStyles.INJECT_DETAIL));
            }
            return rows;
        }

        private Label line(String text, String style) {
            Label label = new Label(text);
            label.setWrapText(true);
            label.prefWidthProperty().bind(list.widthProperty().subtract(48));
            label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            label.getStyleClass().add(style);
            return label;
        }
    }
}

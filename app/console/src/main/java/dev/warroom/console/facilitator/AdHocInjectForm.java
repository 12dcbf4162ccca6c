package dev.warroom.console.facilitator;

import dev.warroom.core.plan.model.DrillInject;
import dev.warroom.core.plan.model.FaultKind;
import dev.warroom.core.plan.model.Plan;
import dev.warroom.core.plan.model.Site;
import dev.warroom.core.time.DurationText;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * An ad-hoc inject, added during the run: a message to the team, a change to the world (a fault kind
 * on one of the plan's sites or resources, with its size and how long it lasts), or both, and the
 * action expected. It is due at once. Enter in a field adds it; Esc closes the form.
 */
final class AdHocInjectForm extends VBox {

    private static final String NO_FAULT = "—";

    private final FacilitatorContext context;
    private final Runnable afterwards;
    private final TextField message = new TextField();
    private final ComboBox<String> fault = new ComboBox<>();
    private final ComboBox<String> target = new ComboBox<>();
    private final TextField value = new TextField();
    private final TextField lasting = new TextField();
    private final TextField expect = new TextField();
    private final Label problem = new Label();
    private Runnable hide = () -> { };

    AdHocInjectForm(FacilitatorContext context, Runnable afterwards) {
        super(6);
        this.context = context;
        this.afterwards = afterwards;
        setId("adhoc-form");
        getStyleClass().add(FacilitatorStyles.SECTION);
        setPadding(new Insets(8));

        message.setId("adhoc-message");
        fault.setId("adhoc-fault");
        target.setId("adhoc-target");
        value.setId("adhoc-value");
        lasting.setId("adhoc-lasting");
        expect.setId("adhoc-expect");
        problem.setId("adhoc-problem");
        problem.getStyleClass().add(FacilitatorStyles.PROBLEM);
        problem.setWrapText(true);
        message.promptTextProperty().bind(context.text("facilitator.adhoc.message"));
        value.promptTextProperty().bind(context.text("facilitator.adhoc.value"));
        lasting.promptTextProperty().bind(context.text("facilitator.adhoc.lasting"));
        expect.promptTextProperty().bind(context.text("facilitator.adhoc.expect"));

        fault.getItems().add(NO_FAULT);
        for (FaultKind kind : FaultKind.values()) {
            fault.getItems().add(word(kind));
        }
        fault.getSelectionModel().select(0);
        target.getItems().setAll(targets(context.vm().plan()));
        target.setEditable(false);
        target.disableProperty().bind(fault.getSelectionModel().selectedIndexProperty().isEqualTo(0));
        value.disableProperty().bind(target.disableProperty());
        lasting.disableProperty().bind(target.disableProperty());

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.addRow(0, label("facilitator.adhoc.message.label"), message);
        grid.addRow(1, label("facilitator.adhoc.world.label"), new HBox(8, fault, target, value, lasting));
        grid.addRow(2, label("facilitator.adhoc.expect.label"), expect);
        GridPane.setHgrow(message, Priority.ALWAYS);

        Button add = new Button();
        add.setId("adhoc-add");
        add.textProperty().bind(context.text("facilitator.adhoc.add").concat("  ⏎"));
        add.setOnAction(e -> submit());
        Button cancel = new Button();
        cancel.setId("adhoc-cancel");
        cancel.textProperty().bind(context.text("facilitator.adhoc.cancel").concat("  Esc"));
        cancel.setOnAction(e -> close());
        HBox buttons = new HBox(8, add, cancel);
        buttons.setAlignment(Pos.CENTER_LEFT);
        Label title = label("facilitator.adhoc.title");
        title.getStyleClass().add(FacilitatorStyles.TITLE);
        getChildren().addAll(title, grid, buttons, problem);

        for (TextField field : List.of(message, value, lasting, expect)) {
            field.setOnAction(e -> submit());
        }
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                close();
                e.consume();
            }
        });
    }

    private Label label(String key) {
        Label label = new Label();
        label.textProperty().bind(context.text(key));
        return label;
    }

    private static String word(FaultKind kind) {
        return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Every site and resource of the plan a fault can name. */
    private static List<String> targets(Plan plan) {
        List<String> ids = new ArrayList<>();
        for (Site site : plan.sites()) {
            ids.add(site.id());
            site.resources().forEach(r -> ids.add(r.id()));
        }
        return ids;
    }

    /** Opens the form afresh, keyboard on the message; {@code hider} hides it again. */
    void begin(Runnable hider) {
        hide = hider;
        for (TextField field : List.of(message, value, lasting, expect)) {
            field.clear();
        }
        fault.getSelectionModel().select(0);
        target.getSelectionModel().clearSelection();
        problem.setText("");
        message.requestFocus();
    }

    private void close() {
        hide.run();
        afterwards.run();
    }

    private void submit() {
        Optional<String> refused = refusal();
        if (refused.isPresent()) {
            problem.setText(refused.get());
            return;
        }
        context.vm().add(inject(), id -> { });
        close();
    }

    private Optional<String> refusal() {
        boolean hasFault = fault.getSelectionModel().getSelectedIndex() > 0;
        if (message.getText().isBlank() && !hasFault) {
            return Optional.of(context.messages().get("facilitator.adhoc.empty"));
        }
        if (hasFault && target.getValue() == null) {
            return Optional.of(context.messages().get("facilitator.adhoc.noTarget"));
        }
        if (hasFault && !lasting.getText().isBlank() && DurationText.parse(lasting.getText().strip()).isEmpty()) {
            return Optional.of(DurationText.explain(lasting.getText().strip()));
        }
        return Optional.empty();
    }

    private DrillInject inject() {
        boolean hasFault = fault.getSelectionModel().getSelectedIndex() > 0;
        FaultKind kind = hasFault ? FaultKind.values()[fault.getSelectionModel().getSelectedIndex() - 1] : null;
        Duration last = hasFault ? DurationText.parse(lasting.getText().strip()).orElse(null) : null;
        return new DrillInject(null, null, null, null, blankToNull(message.getText()), null, kind, hasFault ? target.getValue() : null,
                hasFault ? blankToNull(value.getText()) : null, last, blankToNull(expect.getText()), null);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}

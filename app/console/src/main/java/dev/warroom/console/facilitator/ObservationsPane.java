package dev.warroom.console.facilitator;

import dev.warroom.core.drill.DrillState;
import dev.warroom.core.drill.Observation;
import dev.warroom.core.drill.ObservationKind;
import dev.warroom.core.plan.model.Drill;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Observations: timestamped notes, each tagged with a success criterion or an objective and marked
 * strength, area for improvement or plain note. Enter records.
 */
final class ObservationsPane extends VBox {

    /** What an observation can be tagged with: a criterion, an objective, or nothing. */
    record Tag(Optional<String> criterion, Optional<String> objective, String words) {
        @Override
        public String toString() {
            return words;
        }
    }

    private final FacilitatorContext context;
    private final TextField text = new TextField();
    private final ComboBox<ObservationKind> kind = new ComboBox<>();
    private final ComboBox<Tag> tag = new ComboBox<>();
    private final ListView<Observation> list = new ListView<>();

    ObservationsPane(FacilitatorContext context) {
        super(8);
        this.context = context;
        setId("facilitator-observations");
        setPadding(new Insets(10));
        text.setId("observation-text");
        text.promptTextProperty().bind(context.text("facilitator.observation.prompt"));
        HBox.setHgrow(text, Priority.ALWAYS);
        kind.setId("observation-kind");
        kind.getItems().setAll(ObservationKind.STRENGTH, ObservationKind.IMPROVEMENT, ObservationKind.NOTE);
        kind.getSelectionModel().select(ObservationKind.NOTE);
        ChoiceWords.sayIn(kind, context.words()::kind, context);
        kind.setPrefWidth(220);
        tag.setPrefWidth(340);
        tag.setId("observation-tag");
        tag.getItems().setAll(tags());
        tag.getSelectionModel().select(0);
        Button add = new Button();
        add.setId("observation-add");
        add.textProperty().bind(context.text("facilitator.observation.add").concat("  ⏎"));
        add.setOnAction(e -> record());
        text.setOnAction(e -> record());
        HBox form = new HBox(8, text, kind, tag, add);
        form.setAlignment(Pos.CENTER_LEFT);

        list.setId("observation-list");
        list.setCellFactory(v -> new ObservationCell());
        VBox.setVgrow(list, Priority.ALWAYS);
        Label hint = new Label();
        hint.textProperty().bind(context.text("facilitator.observation.hint"));
        hint.getStyleClass().add(FacilitatorStyles.HINT);
        getChildren().addAll(hint, form, list);

        context.subscriptions().onChange(context.vm().stateProperty(), this::refresh);
        context.subscriptions().onChange(context.messages().localeProperty(), () -> {
            int chosen = tag.getSelectionModel().getSelectedIndex();
            tag.getItems().setAll(tags());
            tag.getSelectionModel().select(Math.max(0, chosen));
            refresh();
        });
        refresh();
    }

    private List<Tag> tags() {
        List<Tag> tags = new ArrayList<>();
        tags.add(new Tag(Optional.empty(), Optional.empty(), "—"));
        Optional<Drill> drill = context.vm().drill();
        drill.ifPresent(d -> {
            d.successCriteria().forEach(c -> tags.add(new Tag(Optional.of(c.id()), Optional.empty(), "✓ " + context.planText(c.title(),
                    c.titleEn()))));
            d.objectives().forEach(o -> tags.add(new Tag(Optional.empty(), Optional.of(o.id()), "◎ " + context.planText(o.title(),
                    o.titleEn()))));
        });
        return tags;
    }

    void focusField() {
        text.requestFocus();
    }

    /** Selects the tag for criterion or objective {@code id} (for the keyboard and tests). */
    void tagWith(String id) {
        tag.getItems().stream().filter(t -> t.criterion().equals(Optional.of(id)) || t.objective().equals(Optional.of(id))).findFirst()
                .ifPresent(t -> tag.getSelectionModel().select(t));
    }

    private void record() {
        String words = text.getText().strip();
        if (words.isEmpty() || context.vm().drillState().isEmpty()) {
            return;
        }
        Tag chosen = Optional.ofNullable(tag.getValue()).orElse(tag.getItems().get(0));
        context.vm().observe(words, Optional.ofNullable(kind.getValue()).orElse(ObservationKind.NOTE), chosen.criterion(),
                chosen.objective());
        text.clear();
    }

    private void refresh() {
        list.getItems().setAll(context.vm().drillState().map(DrillState::observations).orElse(List.of()));
        list.scrollTo(list.getItems().size() - 1);
    }

    private final class ObservationCell extends ListCell<Observation> {
        @Override
        protected void updateItem(Observation observation, boolean empty) {
            super.updateItem(observation, empty);
            for (ObservationKind k : ObservationKind.values()) {
                FacilitatorStyles.mark(this, k.word(), !empty && observation != null && observation.kind() == k);
            }
            if (empty || observation == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Duration since = context.vm().drillState().map(d -> Duration.between(d.startedAt(), observation.at())).orElse(Duration.ZERO);
            String tagged = observation.criterion().or(observation::objective).map(id -> "  #" + id).orElse("");
            Label head = new Label(context.words().sinceStart(since) + "  " + context.words().kind(observation.kind()) + tagged + "  · "
                    + observation.actor());
            head.getStyleClass().add(FacilitatorStyles.MUTED);
            Label body = new Label(observation.text());
            body.setWrapText(true);
            body.prefWidthProperty().bind(list.widthProperty().subtract(48));
            body.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            VBox rows = new VBox(2, head, body);
            rows.getStyleClass().add(FacilitatorStyles.OBSERVATION);
            setText(null);
            setGraphic(rows);
        }
    }
}

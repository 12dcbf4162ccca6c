package dev.warroom.console.facilitator;

import dev.warroom.core.drill.CriterionMeasure;
import dev.warroom.core.drill.CriterionVerdict;
import dev.warroom.core.plan.model.SuccessCriterion;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/**
 * The criteria board: each success criterion of the drill with its own target, what the journal
 * measures of it so far, and its verdict once judged (by the journal or the facilitator). Alt+M
 * measures again at once; otherwise it follows every event.
 */
final class CriteriaBoard extends VBox {

    private final FacilitatorContext context;
    private final GridPane grid = new GridPane();

    CriteriaBoard(FacilitatorContext context) {
        super(10);
        this.context = context;
        setId("facilitator-criteria");
        setPadding(new Insets(10));
        grid.setHgap(18);
        grid.setVgap(8);
        grid.setId("criteria-grid");
        Button measure = new Button();
        measure.setId("criteria-measure");
        measure.textProperty().bind(context.text("facilitator.criteria.measure").concat("  Alt+M"));
        measure.setOnAction(e -> context.vm().measure());
        getChildren().addAll(grid, measure);
        context.shortcuts().register(new KeyCodeCombination(KeyCode.M, KeyCombination.ALT_DOWN), "facilitator.criteria.measure",
                context.vm()::measure);
        context.subscriptions().onChange(context.vm().stateProperty(), this::refresh);
        context.subscriptions().onChange(context.vm().measuresProperty(), this::refresh);
        context.subscriptions().onChange(context.messages().localeProperty(), this::refresh);
        refresh();
    }

    private void refresh() {
        grid.getChildren().clear();
        grid.addRow(0, header("facilitator.criteria.criterion"), header("facilitator.criteria.target"),
                header("facilitator.criteria.measured"), header("facilitator.criteria.verdict"));
        List<SuccessCriterion> criteria = context.vm().drill().map(d -> d.successCriteria()).orElse(List.of());
        int row = 1;
        for (SuccessCriterion criterion : criteria) {
            Optional<CriterionMeasure> measure = context.vm().measuresProperty().get().stream()
                    .filter(m -> m.criterion().id().equals(criterion.id())).findFirst();
            Optional<CriterionVerdict> judged = context.vm().drillState().flatMap(d -> d.verdict(criterion.id()));
            Label title = cell("criterion-" + criterion.id(), context.planText(criterion.title(), criterion.titleEn())
                    + (criterion.isDerived() ? "  · " + context.messages().get("derived.badge") : ""));
            Label target = cell("criterion-target-" + criterion.id(), measure.map(CriterionMeasure::target).filter(t -> !t.isBlank())
                    .orElse(criterion.max() == null ? context.messages().get("facilitator.criteria.yesNo") : context.messages().duration(criterion.max())));
            Label measured = cell("criterion-measured-" + criterion.id(), judged.map(CriterionVerdict::measured).filter(m -> !m.isBlank())
                    .or(() -> measure.flatMap(CriterionMeasure::measured))
                    .orElse(context.messages().get(criterion.max() == null ? "facilitator.criteria.askFacilitator" : "facilitator.criteria.notYet")));
            Label verdict = cell("criterion-verdict-" + criterion.id(), verdictWords(judged, measure));
            verdict.getStyleClass().add(FacilitatorStyles.VERDICT);
            judged.ifPresent(v -> FacilitatorStyles.mark(verdict, v.verdict().word(), true));
            grid.addRow(row++, title, target, measured, verdict);
        }
        if (criteria.isEmpty()) {
            grid.add(cell("criteria-none", context.messages().get("facilitator.criteria.none")), 0, 1, 4, 1);
        }
    }

    private String verdictWords(Optional<CriterionVerdict> judged, Optional<CriterionMeasure> measure) {
        if (judged.isPresent()) {
            CriterionVerdict v = judged.get();
            return context.messages().get("facilitator.criteria.judged", context.words().verdict(v.verdict()), v.actor());
        }
        return measure.flatMap(CriterionMeasure::verdict)
                .map(v -> context.messages().get("facilitator.criteria.soFar", context.words().verdict(v)))
                .orElse(context.messages().get("facilitator.criteria.open"));
    }

    private Label header(String key) {
        Label label = new Label(context.messages().get(key));
        label.getStyleClass().add(FacilitatorStyles.MUTED);
        return label;
    }

    private static Label cell(String id, String text) {
        Label label = new Label(text);
        label.setId(id);
        label.setWrapText(true);
        label.setMaxWidth(420);
        label.getStyleClass().add(FacilitatorStyles.CRITERION);
        return label;
    }
}

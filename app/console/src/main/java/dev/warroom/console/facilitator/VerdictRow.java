package dev.warroom.console.facilitator;

import dev.warroom.core.drill.CriterionVerdict;
import dev.warroom.core.drill.Verdict;
import dev.warroom.core.plan.model.SuccessCriterion;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The facilitator's verdict on one criterion at the end of the drill: met, not met or undetermined, with the
 * evidence. Nothing is chosen for them: until both a verdict and the evidence are given, Enter (or the button)
 * records nothing, says what is missing and puts the keyboard on it. Once the journal holds a verdict, the row
 * shows it and takes no other.
 */
final class VerdictRow extends VBox {

    private final FacilitatorContext context;
    private final String criterionId;
    private final Supplier<String> measured;
    private final ComboBox<Verdict> verdict = new ComboBox<>();
    private final TextField evidence = new TextField();
    private final HBox line;
    private final Label given = new Label();
    private final Label problem = new Label();

    /** @param measured what the journal measured of the criterion, asked when the verdict is given */
    VerdictRow(FacilitatorContext context, SuccessCriterion criterion, Supplier<String> measured) {
        super(2);
        this.context = context;
        this.criterionId = criterion.id();
        this.measured = measured;
        setId("verdict-row-" + criterionId);
        Label title = new Label();
        title.textProperty().bind(context.planTextBinding(criterion.title(), criterion.titleEn()));
        title.setMinWidth(220);
        verdict.setId("verdict-" + criterionId);
        verdict.getItems().setAll(Verdict.values());
        verdict.promptTextProperty().bind(context.text("facilitator.end.chooseVerdict"));
        ChoiceWords.sayIn(verdict, context.words()::verdict, context);
        evidence.setId("evidence-" + criterionId);
        evidence.promptTextProperty().bind(context.text("facilitator.end.evidence"));
        HBox.setHgrow(evidence, Priority.ALWAYS);
        Button judge = new Button();
        judge.setId("judge-" + criterionId);
        judge.textProperty().bind(context.text("facilitator.end.judge").concat("  ⏎"));
        judge.setOnAction(e -> give());
        evidence.setOnAction(e -> give());
        given.setId("verdict-given-" + criterionId);
        given.getStyleClass().add(FacilitatorStyles.VERDICT);
        problem.setId("verdict-problem-" + criterionId);
        problem.getStyleClass().add(FacilitatorStyles.PROBLEM);
        problem.setWrapText(true);
        problem.visibleProperty().bind(problem.textProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        line = new HBox(8, title, verdict, evidence, judge, given);
        line.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(line, problem);
    }

    String criterionId() {
        return criterionId;
    }

    private void give() {
        boolean noVerdict = verdict.getValue() == null;
        boolean noEvidence = evidence.getText().isBlank();
        if (noVerdict || noEvidence) {
            refuse(noVerdict && noEvidence ? "facilitator.end.needVerdictAndEvidence"
                    : noVerdict ? "facilitator.end.needVerdict" : "facilitator.end.needEvidence");
            if (noVerdict) {
                verdict.requestFocus();
            } else {
                evidence.requestFocus();
            }
            return;
        }
        clearProblem();
        context.vm().judge(criterionId, verdict.getValue(), measured.get(), evidence.getText().strip());
    }

    private void refuse(String key) {
        problem.textProperty().bind(context.text(key));
    }

    private void clearProblem() {
        problem.textProperty().unbind();
        problem.setText("");
    }

    /** Shows the verdict the journal holds for this criterion, if any; once there is one, the row takes no other. */
    void show(Optional<CriterionVerdict> journalled) {
        Optional<String> words = journalled.map(v -> context.messages().get("facilitator.criteria.judged",
                context.words().verdict(v.verdict()), v.actor()));
        given.setText(words.orElse(""));
        if (journalled.isPresent()) {
            clearProblem();
            line.getChildren().stream().filter(n -> n != given).forEach(n -> n.setDisable(true));
        }
    }
}

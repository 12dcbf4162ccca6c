package dev.warroom.console.room.procedure;

import dev.warroom.console.i18n.Messages;
import dev.warroom.core.incident.ProcedureRun;
import dev.warroom.core.incident.StepRun;
import dev.warroom.core.plan.model.Procedure;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;

/** The active procedure as a checklist of its steps, scrolled to the current step whenever it moves on. */
final class StepList extends ScrollPane {

    private final VBox rows = new VBox();
    private final List<StepRow> shown = new ArrayList<>();
    private String procedureId = "";
    private Optional<String> followed = Optional.empty();

    StepList() {
        setId("steps");
        getStyleClass().add(ProcedureStyles.STEPS);
        setContent(rows);
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        // New type sizes (a theme switch) move every row: bring the current step back into view after that layout.
        rows.heightProperty().addListener((obs, old, now) -> Platform.runLater(
                () -> followed.flatMap(this::row).ifPresent(this::keepInView)));
    }

    /** Shows {@code run}'s steps; {@code over} once the incident has ended, when no step is the current one any more. */
    void show(Procedure procedure, ProcedureRun run, StepWords words, String destructiveWords, Messages messages, Instant now,
            boolean over) {
        if (!procedureId.equals(procedure.id())) {
            procedureId = procedure.id();
            shown.clear();
            for (int i = 0; i < procedure.steps().size(); i++) {
                shown.add(new StepRow(i + 1, procedure.steps().get(i), destructiveWords, messages));
            }
            rows.getChildren().setAll(shown);
        }
        Optional<String> current = run.completedAt().isPresent() || over ? Optional.empty() : run.current().map(StepRun::stepId);
        for (StepRow row : shown) {
            run.step(row.step().id()).ifPresent(stepRun -> row.show(stepRun, current.filter(row.step().id()::equals).isPresent(),
                    words, now, over));
        }
        if (!current.equals(followed)) {
            followed = current;
            current.flatMap(this::row).ifPresent(this::keepInView);
        }
    }

    private Optional<StepRow> row(String stepId) {
        return shown.stream().filter(r -> r.step().id().equals(stepId)).findFirst();
    }

    void tick(StepWords words, Instant now) {
        shown.forEach(row -> row.tick(words, now));
    }

    private void keepInView(StepRow row) {
        applyCss();
        layout();
        double contentHeight = rows.getBoundsInLocal().getHeight();
        double viewHeight = getViewportBounds().getHeight();
        if (contentHeight <= viewHeight) {
            return;
        }
        Bounds bounds = row.getBoundsInParent();
        double top = (contentHeight - viewHeight) * getVvalue();
        if (bounds.getMinY() < top || bounds.getMaxY() > top + viewHeight) {
            double wanted = bounds.getMinY() - viewHeight / 3;
            setVvalue(Math.max(0, Math.min(1, wanted / (contentHeight - viewHeight))));
        }
    }
}

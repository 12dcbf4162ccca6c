package dev.warroom.console.room.procedure;

import dev.warroom.console.i18n.Messages;
import dev.warroom.console.room.reference.DerivedBadge;
import dev.warroom.core.incident.StepRun;
import dev.warroom.core.incident.StepStatus;
import dev.warroom.core.plan.model.Step;
import java.time.Instant;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** One step of the active procedure as a checklist line: status icon, number, title (English beside it), status and times. */
final class StepRow extends HBox {

    private final Step step;
    private final StatusIcon icon = new StatusIcon();
    private final Label meta = new Label();
    private StepRun run;
    private StepStatus shownStatus;
    private boolean neverRan;

    StepRow(int number, Step step, String destructiveWords, Messages messages) {
        this.step = step;
        setId("step-" + step.id());
        getStyleClass().add(ProcedureStyles.STEP_ROW);
        setAlignment(Pos.CENTER_LEFT);
        Label index = new Label(number + ".");
        index.getStyleClass().add(ProcedureStyles.STEP_NUMBER);
        index.setMinWidth(Region.USE_PREF_SIZE);
        Label title = new Label(step.title());
        title.getStyleClass().add(ProcedureStyles.STEP_TITLE);
        title.setTextOverrun(OverrunStyle.ELLIPSIS);
        VBox words = new VBox(title);
        if (step.titleEn() != null) {
            Label english = new Label(step.titleEn());
            english.getStyleClass().add(ProcedureStyles.STEP_TITLE_EN);
            english.setTextOverrun(OverrunStyle.ELLIPSIS);
            words.getChildren().add(english);
        }
        words.getChildren().add(meta);
        meta.getStyleClass().add(ProcedureStyles.STEP_META);
        words.setMinWidth(0);
        HBox.setHgrow(words, Priority.ALWAYS);
        getChildren().addAll(icon, index, words);
        if (step.isDerived()) {
            Label derived = DerivedBadge.of(messages);
            derived.setId("derived-step-" + step.id());
            getChildren().add(derived);
        }
        if (step.isDestructive()) {
            Region mark = new Region();
            mark.getStyleClass().add(ProcedureStyles.DESTRUCTIVE_MARK);
            Tooltip.install(mark, new Tooltip(destructiveWords));
            getChildren().add(mark);
        }
        Tooltip.install(this, new Tooltip(step.title() + (step.titleEn() == null ? "" : "\n" + step.titleEn())));
    }

    Step step() {
        return step;
    }

    /**
     * Shows the step as it stands; once the incident has ended ({@code over}), a step that was only proposed shows as
     * never started rather than as the next one to do.
     */
    void show(StepRun next, boolean current, StepWords words, Instant now, boolean over) {
        if (run != null) {
            pseudoClassStateChanged(ProcedureStyles.of(shownStatus), false);
        }
        run = next;
        neverRan = over && next.status() == StepStatus.PROPOSED;
        shownStatus = neverRan ? StepStatus.PENDING : next.status();
        pseudoClassStateChanged(ProcedureStyles.of(shownStatus), true);
        pseudoClassStateChanged(ProcedureStyles.CURRENT, current && !over);
        icon.show(shownStatus, neverRan ? words.status(StepStatus.PENDING) : words.status(next));
        tick(words, now);
    }

    /** Moves the running time on. */
    void tick(StepWords words, Instant now) {
        if (run != null) {
            String when = neverRan ? "" : words.when(run, now);
            meta.setText(when);
            meta.setVisible(!when.isEmpty());
            meta.setManaged(!when.isEmpty());
        }
    }
}

package dev.warroom.console.start;

import dev.warroom.console.i18n.Messages;
import dev.warroom.console.lifecycle.Subscriptions;
import dev.warroom.core.plan.model.Drill;
import dev.warroom.core.plan.model.SuccessCriterion;
import dev.warroom.core.text.SafeText;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The chosen drill's card: its title, goal and success criteria, each with the drill's own target (an RTO
 * criterion of 5 minutes is judged against 5 minutes, not against the plan's overall target). Hidden when no drill is chosen.
 */
final class DrillDetails extends VBox {

    private final StartViewModel vm;
    private final DrillWords words;
    private final Messages messages;

    DrillDetails(StartViewModel vm, Messages messages, Subscriptions subscriptions) {
        super(4);
        this.vm = vm;
        this.messages = messages;
        this.words = new DrillWords(messages);
        setId("drill-details");
        getStyleClass().add(StartStyles.DRILL_CARD);
        subscriptions.onChange(vm.drillProperty(), this::show);
        subscriptions.onChange(messages.localeProperty(), this::show);
        show();
    }

    private void show() {
        Drill drill = vm.drillProperty().get();
        setVisible(drill != null);
        setManaged(drill != null);
        getChildren().clear();
        if (drill == null) {
            return;
        }
        Label title = label(words.title(drill), StartStyles.DRILL_TITLE);
        title.setId("drill-chosen");
        getChildren().add(title);
        words.asWritten(drill).ifPresent(written -> getChildren().add(label(written, StartStyles.DRILL_WRITTEN)));
        if (drill.goal() != null && !drill.goal().isBlank()) {
            getChildren().add(label(messages.get("start.drill.goal", SafeText.forDisplay(drill.goal())), StartStyles.DRILL_META));
        }
        getChildren().add(label(messages.get(drill.successCriteria().isEmpty() ? "start.drill.criteria.none" : "start.drill.criteria"),
                StartStyles.DRILL_HEADING));
        for (SuccessCriterion criterion : drill.successCriteria()) {
            Label line = label("• " + words.criterionTitle(criterion) + " — " + words.criterionTarget(criterion),
                    StartStyles.DRILL_CRITERION);
            line.setId("drill-criterion-" + criterion.id());
            getChildren().add(line);
        }
    }

    private static Label label(String text, String style) {
        Label label = new Label(text);
        label.getStyleClass().add(style);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }
}

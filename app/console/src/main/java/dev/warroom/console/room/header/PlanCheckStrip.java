package dev.warroom.console.room.header;

import dev.warroom.console.i18n.Messages;
import dev.warroom.console.room.board.PseudoClasses;
import dev.warroom.console.room.model.PlanChecking;
import dev.warroom.console.room.model.RoomContext;
import dev.warroom.core.incident.PlanClearance;
import dev.warroom.core.report.RecordedWords;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * A strip under the header while the room's plan is being checked ("Checking the plan…: steps wait for it"), and for
 * good when it fails (its problems: where each stands, and the validator's words in the room's language where they are known); gone once the checks pass, leaving the settled room as
 * it always looks.
 */
public final class PlanCheckStrip extends VBox {

    /** At most this many problems are listed; the rest are counted, and {@code warroom validate} lists them all. */
    private static final int LISTED = 6;
    private static final List<String> STATES = List.of("checking", "failed");

    private final Messages messages;
    private final RoomContext context;
    private final Label headline = new Label();

    public PlanCheckStrip(RoomContext context) {
        this.messages = context.messages();
        this.context = context;
        PlanChecking checking = context.vm().planChecking();
        setId("plan-check");
        getStyleClass().add(HeaderStyles.PLAN_CHECK);
        headline.setId("plan-check-headline");
        headline.getStyleClass().add(HeaderStyles.PLAN_CHECK_HEADLINE);
        headline.setWrapText(true);
        getChildren().add(headline);
        context.subscriptions().onChange(checking.standingProperty(), (old, now) -> show(now));
        context.subscriptions().onChange(messages.localeProperty(), (old, now) -> show(checking.standingProperty().get()));
        show(checking.standingProperty().get());
    }

    private void show(PlanClearance.Standing standing) {
        boolean shown = standing.status() != PlanClearance.Status.PASSED;
        setVisible(shown);
        setManaged(shown);
        getChildren().retainAll(headline);
        if (!shown) {
            return;
        }
        PseudoClasses.choose(this, STATES, standing.status() == PlanClearance.Status.CHECKING ? "checking" : "failed");
        if (standing.status() == PlanClearance.Status.CHECKING) {
            headline.setText(messages.get("app.planCheck.checking"));
            return;
        }
        List<String> problems = standing.problems();
        headline.setText(messages.get("app.planCheck.failed", problems.size()));
        RecordedWords recorded = context.recorded();
        problems.stream().limit(LISTED).forEach(problem -> {
            Label line = new Label(recorded.problem(problem));
            line.getStyleClass().add(HeaderStyles.PLAN_CHECK_PROBLEM);
            line.setWrapText(true);
            getChildren().add(line);
        });
        if (problems.size() > LISTED) {
            Label more = new Label(messages.get("app.planCheck.more", problems.size() - LISTED));
            more.getStyleClass().add(HeaderStyles.PLAN_CHECK_PROBLEM);
            getChildren().add(more);
        }
    }
}

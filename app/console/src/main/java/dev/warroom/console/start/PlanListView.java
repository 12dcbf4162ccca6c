package dev.warroom.console.start;

import dev.warroom.console.i18n.Messages;
import dev.warroom.console.lifecycle.Subscriptions;
import dev.warroom.console.theme.Styles;
import dev.warroom.core.plan.PlanDirectory;
import dev.warroom.core.plan.model.Plan;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;

/** The plans found on disk: system, sites, RTO/RPO targets — or why a plan cannot be used. */
public final class PlanListView extends ListView<PlanDirectory.Entry> {

    /** @param subscriptions where it subscribes to the language, released with the screen it is on */
    public PlanListView(Messages messages, Subscriptions subscriptions) {
        setId("plan-list");
        setCellFactory(list -> new PlanCell(messages));
        subscriptions.onChange(messages.localeProperty(), this::refresh);
    }

    private static final class PlanCell extends ListCell<PlanDirectory.Entry> {
        private final Messages messages;

        PlanCell(Messages messages) {
            this.messages = messages;
            // As wide as the list, never wider: long words end in "…" instead of a sideways scroll bar.
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(PlanDirectory.Entry entry, boolean empty) {
            super.updateItem(entry, empty);
            if (empty || entry == null) {
                setGraphic(null);
                return;
            }
            VBox box = new VBox(2);
            box.getStyleClass().add(Styles.PLAN_CELL);
            if (entry.usable()) {
                Plan plan = entry.plan().orElseThrow();
                Label system = new Label(plan.system());
                system.getStyleClass().add(Styles.PLAN_SYSTEM);
                Label meta = new Label(messages.get("start.plan.meta", entry.file().getFileName().toString(),
                        messages.duration(plan.targets().rto()), messages.duration(plan.targets().rpo()), plan.sites().size(),
                        plan.procedures().size()));
                meta.getStyleClass().add(Styles.PLAN_META);
                box.getChildren().addAll(system, meta);
            } else {
                Label name = new Label(entry.file().getFileName().toString());
                name.getStyleClass().add(Styles.PLAN_SYSTEM);
                Label problem = new Label(entry.problems().stream().filter(p -> p.isError()).findFirst().map(p -> messages.recorded().problem(p.format()))
                        .orElse(messages.get("start.plan.unloadable")));
                problem.getStyleClass().add(Styles.PLAN_PROBLEM);
                box.getChildren().addAll(name, problem);
            }
            setGraphic(box);
        }
    }
}

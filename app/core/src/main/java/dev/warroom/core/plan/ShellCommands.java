package dev.warroom.core.plan;

import dev.warroom.core.plan.catalog.ActionKind;
import dev.warroom.core.plan.catalog.ActionKinds;
import dev.warroom.core.plan.model.Action;
import dev.warroom.core.plan.model.Plan;
import dev.warroom.core.plan.model.Procedure;
import dev.warroom.core.plan.model.Step;
import java.util.ArrayList;
import java.util.List;

/**
 * The shell commands a plan would run on the commander's machine (its steps' and rollbacks' actions
 * of a kind that runs a shell), in plan order: what a user is shown before allowing them.
 */
public final class ShellCommands {

    /** One command: the step it belongs to, whether it is that step's rollback, and the command text. */
    public record Command(String procedure, String step, String title, String titleEn, boolean rollback, String command) {

        /** The step's title as the plan has it, with the English beside it when there is one. */
        public String stepTitle() {
            return titleEn == null || titleEn.isBlank() ? title : title + " — " + titleEn;
        }
    }

    private ShellCommands() {
    }

    public static List<Command> of(Plan plan) {
        List<Command> commands = new ArrayList<>();
        for (Procedure procedure : plan.procedures()) {
            for (Step step : procedure.steps()) {
                if (runsShell(step.action())) {
                    commands.add(new Command(procedure.id(), step.id(), step.title(), step.titleEn(), false, commandOf(step.action())));
                }
                if (step.rollback() != null && runsShell(step.rollback().action())) {
                    commands.add(new Command(procedure.id(), step.id(), step.rollback().title(), step.rollback().titleEn(), true,
                            commandOf(step.rollback().action())));
                }
            }
        }
        return List.copyOf(commands);
    }

    private static boolean runsShell(Action action) {
        return action != null && ActionKinds.find(action.kind()).map(ActionKind::runsShell).orElse(false);
    }

    private static String commandOf(Action action) {
        return action.params().getOrDefault("command", "").strip();
    }
}

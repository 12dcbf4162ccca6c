package dev.warroom.cli;

import dev.warroom.core.plan.model.Plan;
import dev.warroom.core.plan.model.Scenario;
import dev.warroom.core.plan.validate.PlanValidation;
import dev.warroom.core.plan.validate.Problem;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Loads a plan for a command, printing its problems the way `validate` does when it cannot be used,
 * and finds the scenario a command names in it.
 */
final class PlanFiles {

    private PlanFiles() {
    }

    static Optional<Plan> load(Path file, PrintWriter err) {
        return loaded(new PlanValidation().validate(file), file.toString(), err);
    }

    /** A plan from its text (one a journal keeps), named {@code name} in messages. */
    static Optional<Plan> load(String name, byte[] text, PrintWriter err) {
        return loaded(new PlanValidation().validate(name, text), name, err);
    }

    private static Optional<Plan> loaded(PlanValidation.Result result, String file, PrintWriter err) {
        if (!result.passed() || result.plan().isEmpty()) {
            result.problems().stream().filter(Problem::isError).forEach(p -> err.println(p.format()));
            err.println("warroom: " + file + " does not validate; fix it first (warroom validate " + file + ")");
            return Optional.empty();
        }
        return result.plan();
    }

    /** The plan's scenario {@code id}; when the plan has none by that id, says which it has and gives nothing. */
    static Optional<Scenario> scenario(Plan plan, Path file, String id, PrintWriter err) {
        Optional<Scenario> found = plan.scenarios().stream().filter(s -> s.id().equals(id)).findFirst();
        if (found.isEmpty()) {
            err.println("warroom: no scenario '" + id + "' in " + file + "; the plan has: " + scenarioIds(plan));
        }
        return found;
    }

    static String scenarioIds(Plan plan) {
        return String.join(", ", plan.scenarios().stream().map(Scenario::id).toList());
    }
}

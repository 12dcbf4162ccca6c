package dev.warroom.core.plan.load;

import dev.warroom.core.plan.model.Plan;
import dev.warroom.core.plan.validate.Problem;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of loading one plan file: the plan if it could be bound, where each node stands,
 * and every problem found on the way (syntax, schema, binding).
 */
public record LoadedPlan(String file, Optional<Plan> plan, PositionIndex positions, List<Problem> problems) {

    public LoadedPlan {
        problems = List.copyOf(problems);
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }
}

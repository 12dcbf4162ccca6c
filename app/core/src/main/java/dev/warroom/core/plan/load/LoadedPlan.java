package dev.warroom.core.plan.load;

import dev.warroom.core.plan.model.Plan;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of loading one plan file: the plan if it could be bound, where each node stands,
 * and every problem found on the way (syntax, schema, binding). Any problem means no plan.
 */
public record LoadedPlan(String file, Optional<Plan> plan, PositionIndex positions, List<LoadProblem> problems) {

    public LoadedPlan {
        problems = List.copyOf(problems);
    }

    public boolean hasErrors() {
        return !problems.isEmpty();
    }
}

package dev.warroom.core.incident;

import dev.warroom.core.plan.model.Drill;
import dev.warroom.core.plan.model.DrillType;
import dev.warroom.core.plan.model.Plan;
import dev.warroom.core.plan.model.Scenario;
import java.util.Optional;

/**
 * The scenario a TABLETOP incident plays when none is chosen: the one the plan's full-failover
 * drill names, else the first scenario that injects faults. A tabletop on a healthy world teaches nothing.
 */
public final class DefaultScenario {

    private DefaultScenario() {
    }

    public static Optional<Scenario> of(Plan plan) {
        Optional<String> drilled = plan.drills().stream().filter(d -> d.type() == DrillType.FULL_FAILOVER)
                .map(Drill::scenario).filter(s -> s != null).findFirst();
        return drilled.flatMap(id -> plan.scenarios().stream().filter(s -> s.id().equals(id)).findFirst())
                .or(() -> plan.scenarios().stream().filter(s -> !s.faults().isEmpty()).findFirst());
    }
}

package dev.warroom.core.plan.validate;

import dev.warroom.core.plan.model.Scenario;
import java.util.List;

/** A scenario enters the decision tree at a node that exists, and its faults hit things that exist. */
final class ScenarioRules implements PlanRule {

    @Override
    public void check(PlanIndex index, List<Finding> findings) {
        for (Located<Scenario> scenario : index.scenarios()) {
            String entry = scenario.value().entry();
            if (entry != null && !index.nodeIds().contains(entry)) {
                findings.add(Finding.error(scenario.at("entry"), index.nodeIds().unknown(entry)));
            }
            FaultChecks.check(index, PlanIndex.locate(scenario.value().faults(), scenario.at("faults")), findings);
        }
    }
}

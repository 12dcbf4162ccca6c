package dev.warroom.core.plan.validate;

import dev.warroom.core.plan.model.Fault;
import java.util.List;

/** Scenario faults and drill injects target a site or resource that exists. */
final class FaultTargets {

    private FaultTargets() {
    }

    static void check(PlanIndex index, List<Located<Fault>> faults, List<Finding> findings) {
        for (Located<Fault> fault : faults) {
            String target = fault.value().target();
            if (target != null && !index.siteOrResourceIds().contains(target)) {
                findings.add(Finding.error(fault.at("target"), index.siteOrResourceIds().unknown(target)));
            }
        }
    }
}

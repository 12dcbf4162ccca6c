package dev.warroom.core.plan.validate;

import dev.warroom.core.plan.model.Fault;
import dev.warroom.core.plan.model.FaultKind;
import dev.warroom.core.time.DurationText;
import java.util.List;

/** A change to the world, as a scenario fault or a drill inject, hits a site or resource that exists, with a size it can have. */
final class FaultChecks {

    private FaultChecks() {
    }

    static void check(PlanIndex index, List<Located<Fault>> faults, List<Finding> findings) {
        for (Located<Fault> fault : faults) {
            target(index, fault.value().target(), fault.at("target"), findings);
            value(fault.value().fault(), fault.value().value(), fault.at("value"), findings);
        }
    }

    static void target(PlanIndex index, String target, String pointer, List<Finding> findings) {
        if (target != null && !index.siteOrResourceIds().contains(target)) {
            findings.add(Finding.error(pointer, index.siteOrResourceIds().unknown(target)));
        }
    }

    /** A replica-lag-spike's value is the lag, so it must read as a duration. */
    static void value(FaultKind kind, String value, String pointer, List<Finding> findings) {
        if (kind == FaultKind.REPLICA_LAG_SPIKE && value != null && !value.isBlank()
                && DurationText.parse(value.strip()).isEmpty()) {
            findings.add(Finding.error(pointer, "the lag of a replica-lag-spike: " + DurationText.explain(value)));
        }
    }
}

package dev.warroom.core.plan.validate;

import dev.warroom.core.plan.model.Plan;
import java.util.ArrayList;
import java.util.List;

/** The meaning checks a plan must pass once it is well-formed. Thread-safe: rules are stateless. */
public final class PlanRules {

    private PlanRules() {
    }

    public static List<Finding> check(Plan plan) {
        return new ArrayList<>();
    }
}

package dev.warroom.core.plan.validate;

import java.util.List;

/** One concern of plan meaning (ids, references, steps ...). Implementations are stateless. */
interface PlanRule {

    /** Adds every problem this rule finds in the plan to {@code findings}. */
    void check(PlanIndex plan, List<Finding> findings);
}

package dev.warroom.core.plan.validate;

import dev.warroom.core.plan.catalog.ParamBound;
import dev.warroom.core.plan.model.DecisionNode;
import dev.warroom.core.plan.model.Step;
import dev.warroom.core.time.DurationText;
import java.time.Duration;
import java.util.List;

/**
 * Every duration in a plan stays within a bound the run can keep: what a step, a wait or a reassess node waits, at
 * most 7 days; everything else (RTO, RPO, drill lengths, fault times), at most a year. Action params are
 * bounded by {@link ParamBound} in {@link ActionRules}.
 */
final class BoundRules implements PlanRule {

    static final Duration LONGEST_TARGET = Duration.ofDays(365);

    @Override
    public void check(PlanIndex index, List<Finding> findings) {
        PlanWalk.walk(index.plan(), new PlanWalk.Visitor() {
            @Override
            public void duration(String pointer, Object owner, String property, Duration value) {
                boolean stepWait = owner instanceof Step && property.equals("timeout")
                        || owner instanceof DecisionNode && (property.equals("duration") || property.equals("limit")
                                || property.equals("every"));
                Duration bound = stepWait ? ParamBound.LONGEST_STEP_WAIT : LONGEST_TARGET;
                if (value.compareTo(bound) > 0) {
                    String why = stepWait ? "a step, a wait or a reassess node waits at most 7 days" : "plan durations stop at a year";
                    findings.add(Finding.error(pointer, "'" + property + "' is " + DurationText.format(value)
                            + ", longer than the bound of " + DurationText.format(bound) + " (" + why + ")"));
                }
            }
        });
    }
}

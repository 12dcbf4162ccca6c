package dev.warroom.core.plan.validate;

import dev.warroom.core.plan.model.CriterionMetric;
import dev.warroom.core.plan.model.Drill;
import dev.warroom.core.plan.model.SuccessCriterion;
import java.util.List;
import java.util.Locale;

/** A drill plays a scenario that exists and measures its criteria against a bound; its injects are checked by {@link DrillInjectRules}. */
final class DrillRules implements PlanRule {

    @Override
    public void check(PlanIndex index, List<Finding> findings) {
        for (Located<Drill> drill : index.drills()) {
            String scenario = drill.value().scenario();
            if (scenario != null && !index.scenarioIds().contains(scenario)) {
                findings.add(Finding.error(drill.at("scenario"), index.scenarioIds().unknown(scenario)));
            }
            for (Located<SuccessCriterion> criterion : PlanIndex.locate(drill.value().successCriteria(), drill.at("successCriteria"))) {
                CriterionMetric metric = criterion.value().metric();
                if (metric != null && metric != CriterionMetric.CUSTOM && criterion.value().max() == null) {
                    String name = metric.name().toLowerCase(Locale.ROOT).replace('_', '-');
                    findings.add(Finding.error(criterion.at("metric"), "the " + name + " criterion of drill '" + drill.value().id()
                            + "' has no max: say the bound it must stay under, e.g. max: 1h"));
                }
            }
        }
    }
}

package dev.warroom.core.plan.validate;

import dev.warroom.core.plan.load.DidYouMean;
import dev.warroom.core.plan.model.Scenario;
import dev.warroom.core.plan.model.SeverityTarget;
import dev.warroom.core.text.SafeText;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A scenario enters the decision tree at a node that exists, starts after procedures that exist, and its faults hit
 * things that exist. Where the plan has
 * severity levels ({@code targets.severities}), a scenario's {@code severity} names one of them, since it chooses the
 * targets an incident on that scenario is held to; where the plan has none, the severity is the document's own words
 * (e.g. "level-1") and is left alone.
 */
final class ScenarioRules implements PlanRule {

    @Override
    public void check(PlanIndex index, List<Finding> findings) {
        for (Located<Scenario> scenario : index.scenarios()) {
            String entry = scenario.value().entry();
            if (entry != null && !index.nodeIds().contains(entry)) {
                findings.add(Finding.error(scenario.at("entry"), index.nodeIds().unknown(entry)));
            }
            List<String> after = scenario.value().startsAfter();
            for (int i = 0; i < after.size(); i++) {
                if (!index.procedureIds().contains(after.get(i))) {
                    findings.add(Finding.error(scenario.at("startsAfter", i), index.procedureIds().unknown(after.get(i))));
                }
            }
            FaultChecks.check(index, PlanIndex.locate(scenario.value().faults(), scenario.at("faults")), findings);
            checkSeverity(index, scenario, findings);
        }
    }

    private static void checkSeverity(PlanIndex index, Located<Scenario> scenario, List<Finding> findings) {
        String severity = scenario.value().severity();
        List<SeverityTarget> levels = index.plan().targets() == null ? List.of() : index.plan().targets().severities();
        if (severity == null || levels.isEmpty()) {
            return;
        }
        Set<String> ids = new LinkedHashSet<>();
        levels.forEach(level -> ids.add(level.id()));
        if (!ids.contains(severity)) {
            findings.add(Finding.warning(scenario.at("severity"), "severity '" + SafeText.forId(severity)
                    + "' names no level of targets.severities" + DidYouMean.hint(severity, ids) + " (levels: " + String.join(", ", ids)
                    + "); an incident on this scenario is held to the plan's overall targets"));
        }
    }
}

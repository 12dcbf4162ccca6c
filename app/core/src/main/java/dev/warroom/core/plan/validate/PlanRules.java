package dev.warroom.core.plan.validate;

import dev.warroom.core.plan.model.Plan;
import java.util.ArrayList;
import java.util.List;

/** The meaning checks a plan must pass once it is well-formed. Thread-safe: rules are stateless. */
public final class PlanRules {

    private static final List<PlanRule> RULES = List.of(
            new FormatVersionRule(),
            new IdRules(),
            new SiteRules(),
            new ResourceRules(),
            new SignalRules(),
            new ScenarioRules(),
            new DecisionTreeRules(),
            new DecisionGraphRules(),
            new SuggestionRules(),
            new StepRules(),
            new RoleRules(),
            new ChecklistRules(),
            new DrillRules(),
            new DrillInjectRules(),
            new InjectTriggerRules(),
            new CommunicationRules(),
            new SecretRules(),
            new TextSecretRules(),
            new BoundRules(),
            new DrillEnvironmentRules(),
            new ReportTemplateRules(),
            new LiveProbeRules(),
            new LiveActionRules(),
            new UnpassableCheckRules());

    private PlanRules() {
    }

    /** Every problem of meaning in {@code plan}, each located by the JSON Pointer of the offending node. */
    public static List<Finding> check(Plan plan) {
        PlanIndex index = new PlanIndex(plan);
        List<Finding> findings = new ArrayList<>();
        for (PlanRule rule : RULES) {
            rule.check(index, findings);
        }
        return findings;
    }
}

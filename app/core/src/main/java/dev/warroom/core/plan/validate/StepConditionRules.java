package dev.warroom.core.plan.validate;

import dev.warroom.core.plan.model.Procedure;
import dev.warroom.core.plan.model.ProcedureParameter;
import dev.warroom.core.plan.model.Step;
import dev.warroom.core.plan.model.StepCondition;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A step's {@code when:} has exactly one form (a signal; a resource and is; a step and outcome; a param and
 * equals) and names something that exists: a signal, a resource, an earlier step of the same procedure, or
 * a parameter of it.
 */
final class StepConditionRules implements PlanRule {

    @Override
    public void check(PlanIndex index, List<Finding> findings) {
        for (Located<Procedure> procedure : index.procedures()) {
            List<Located<Step>> steps = PlanIndex.locate(procedure.value().steps(), procedure.at("steps"));
            List<String> earlier = new ArrayList<>();
            for (Located<Step> step : steps) {
                if (step.value().when() != null) {
                    check(index, procedure.value(), step, earlier, findings);
                }
                earlier.add(step.value().id());
            }
        }
    }

    private static void check(PlanIndex index, Procedure procedure, Located<Step> step, List<String> earlier, List<Finding> findings) {
        StepCondition when = step.value().when();
        String name = "step '" + step.value().id() + "'";
        String pointer = step.at("when");
        List<String> forms = new ArrayList<>();
        if (when.signal() != null) {
            forms.add("signal");
        }
        if (when.resource() != null || when.is() != null) {
            forms.add("resource/is");
        }
        if (when.step() != null || when.outcome() != null) {
            forms.add("step/outcome");
        }
        if (when.param() != null || when.equals() != null) {
            forms.add("param/equals");
        }
        if (forms.size() != 1) {
            findings.add(Finding.error(pointer, name + ": 'when' takes exactly one of signal, resource with is, step with outcome,"
                    + " param with equals" + (forms.isEmpty() ? "; it gives none" : "; it gives " + String.join(" and ", forms))));
            return;
        }
        switch (forms.get(0)) {
            case "signal" -> {
                if (!index.signalIds().contains(when.signal())) {
                    findings.add(Finding.error(step.at("when", "signal"), index.signalIds().unknown(when.signal())));
                }
            }
            case "resource/is" -> {
                if (when.resource() == null || when.is() == null) {
                    findings.add(Finding.error(pointer, name + ": 'when' with a resource needs both 'resource' and 'is'"));
                } else if (!index.resourceIds().contains(when.resource())) {
                    findings.add(Finding.error(step.at("when", "resource"), index.resourceIds().unknown(when.resource())));
                }
            }
            case "step/outcome" -> {
                if (when.step() == null || when.outcome() == null) {
                    findings.add(Finding.error(pointer, name + ": 'when' with a step needs both 'step' and 'outcome'"));
                } else if (!earlier.contains(when.step())) {
                    boolean later = procedure.steps().stream().map(Step::id).anyMatch(when.step()::equals);
                    findings.add(Finding.error(step.at("when", "step"), name + ": 'when' names step '" + when.step() + "', "
                            + (later ? "which comes later (or is this step): only an earlier step's outcome is known"
                                    : "not a step of procedure '" + procedure.id() + "'")));
                }
            }
            default -> {
                List<String> parameters = procedure.parameters().stream().map(ProcedureParameter::id).filter(Objects::nonNull).toList();
                if (when.param() == null || when.equals() == null) {
                    findings.add(Finding.error(pointer, name + ": 'when' with a param needs both 'param' and 'equals'"));
                } else if (!parameters.contains(when.param())) {
                    findings.add(Finding.error(step.at("when", "param"), name + ": 'when' names parameter '" + when.param()
                            + "', and procedure '" + procedure.id() + "' has " + (parameters.isEmpty() ? "no parameters"
                                    : "only: " + String.join(", ", parameters))));
                }
            }
        }
    }
}

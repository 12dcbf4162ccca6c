package dev.warroom.core.plan.validate;

import dev.warroom.core.plan.model.ParameterSource;
import dev.warroom.core.plan.model.Procedure;
import dev.warroom.core.plan.model.ProcedureParameter;
import dev.warroom.core.plan.model.Step;
import dev.warroom.core.plan.params.Placeholders;
import dev.warroom.core.secret.SecretVocabulary;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Procedure parameters: each {@code {{id}}} a step uses names a parameter of its own procedure; a reading
 * parameter names a resource and an attribute; a default fits the pattern; a parameter nobody uses is
 * flagged; no parameter carries a secret (its value is journalled).
 */
final class ParameterRules implements PlanRule {

    @Override
    public void check(PlanIndex index, List<Finding> findings) {
        for (Located<Procedure> procedure : index.procedures()) {
            Map<String, ProcedureParameter> declared = declared(procedure, findings);
            Set<String> used = new HashSet<>();
            List<Located<Step>> steps = PlanIndex.locate(procedure.value().steps(), procedure.at("steps"));
            for (Located<Step> step : steps) {
                for (Map.Entry<String, String> field : Placeholders.fields(step.value()).entrySet()) {
                    for (String name : Placeholders.in(field.getValue())) {
                        used.add(name);
                        if (!declared.containsKey(name)) {
                            findings.add(Finding.error(step.at(field.getKey().split("/")), "step '" + step.value().id() + "' uses {{"
                                    + name + "}}, and procedure '" + procedure.value().id() + "' has no parameter '" + name + "'"
                                    + (declared.isEmpty() ? ": declare it under the procedure's parameters"
                                            : " (it has: " + String.join(", ", declared.keySet()) + ")")));
                        }
                    }
                }
                if (step.value().when() != null && step.value().when().param() != null) {
                    used.add(step.value().when().param());
                }
            }
            List<Located<ProcedureParameter>> parameters = PlanIndex.locate(procedure.value().parameters(), procedure.at("parameters"));
            for (Located<ProcedureParameter> parameter : parameters) {
                checkOne(index, parameter, findings);
                String id = parameter.value().id();
                if (id != null && !used.contains(id)) {
                    findings.add(Finding.warning(parameter.at("id"), "parameter '" + id + "' of procedure '" + procedure.value().id()
                            + "' is used by no step: use it as {{" + id + "}} or remove it"));
                }
            }
        }
    }

    private static Map<String, ProcedureParameter> declared(Located<Procedure> procedure, List<Finding> findings) {
        Map<String, ProcedureParameter> declared = new LinkedHashMap<>();
        List<Located<ProcedureParameter>> parameters = PlanIndex.locate(procedure.value().parameters(), procedure.at("parameters"));
        for (Located<ProcedureParameter> parameter : parameters) {
            String id = parameter.value().id();
            if (id != null && declared.putIfAbsent(id, parameter.value()) != null) {
                findings.add(Finding.error(parameter.at("id"), "procedure '" + procedure.value().id() + "' declares parameter '" + id
                        + "' twice"));
            }
        }
        return declared;
    }

    private static void checkOne(PlanIndex index, Located<ProcedureParameter> located, List<Finding> findings) {
        ProcedureParameter parameter = located.value();
        String name = "parameter '" + parameter.id() + "'";
        if (parameter.id() != null && SecretVocabulary.isSecretName(parameter.id())) {
            findings.add(Finding.error(located.at("id"), name + " names a secret, and every parameter's value is journalled:"
                    + " take secrets from the environment (a passwordEnv-style key), never as a parameter"));
        }
        if (parameter.from() == ParameterSource.READING) {
            if (parameter.resource() == null) {
                findings.add(Finding.error(located.pointer(), "reading " + name + " needs 'resource': the resource whose reading gives it"));
            } else if (!index.resourceIds().contains(parameter.resource())) {
                findings.add(Finding.error(located.at("resource"), index.resourceIds().unknown(parameter.resource())));
            }
            if (parameter.attribute() == null || parameter.attribute().isBlank()) {
                findings.add(Finding.error(located.pointer(), "reading " + name
                        + " needs 'attribute': the observation attribute that holds the value, e.g. target"));
            }
        } else if (parameter.resource() != null || parameter.attribute() != null) {
            findings.add(Finding.warning(located.at(parameter.resource() != null ? "resource" : "attribute"), name
                    + " is asked, so its 'resource' and 'attribute' are ignored: say 'from: reading' to read it"));
        }
        if (parameter.pattern() == null) {
            return;
        }
        Pattern pattern;
        try {
            pattern = Pattern.compile(parameter.pattern());
        } catch (PatternSyntaxException e) {
            findings.add(Finding.error(located.at("pattern"), name + ": the pattern is not a regular expression: " + e.getDescription()));
            return;
        }
        if (parameter.defaultValue() != null && !pattern.matcher(parameter.defaultValue()).matches()) {
            findings.add(Finding.error(located.at("default"), name + ": the default '" + parameter.defaultValue()
                    + "' does not match the pattern " + parameter.pattern()));
        }
        if (parameter.example() != null && !pattern.matcher(parameter.example()).matches()) {
            findings.add(Finding.warning(located.at("example"), name + ": the example '" + parameter.example()
                    + "' does not match the pattern " + parameter.pattern()));
        }
    }
}

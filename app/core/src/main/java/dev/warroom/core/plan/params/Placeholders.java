package dev.warroom.core.plan.params;

import dev.warroom.core.plan.model.Action;
import dev.warroom.core.plan.model.Step;
import dev.warroom.core.plan.model.Verification;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code {{id}}} placeholders through which a step uses its procedure's parameters: in its action's
 * target and params, its command, prompt, verification value, target and changes. Stateless.
 */
public final class Placeholders {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z0-9_.-]+)\\s*}}");

    private Placeholders() {
    }

    /** The parameter ids {@code text} names, in order of appearance. */
    public static Set<String> in(String text) {
        Set<String> names = new LinkedHashSet<>();
        if (text != null) {
            Matcher m = PLACEHOLDER.matcher(text);
            while (m.find()) {
                names.add(m.group(1));
            }
        }
        return names;
    }

    /** Every text field of a step that may hold placeholders, by its path below the step (e.g. {@code action/params/value}). */
    public static Map<String, String> fields(Step step) {
        Map<String, String> fields = new LinkedHashMap<>();
        Action action = step.action();
        if (action != null) {
            fields.put("action/target", action.target());
            action.params().forEach((key, value) -> fields.put("action/params/" + key, value));
        }
        fields.put("command", step.command());
        fields.put("prompt", step.prompt());
        fields.put("verify/value", step.verify() == null ? null : step.verify().value());
        fields.put("target", step.target());
        fields.put("changes", step.changes());
        fields.values().removeIf(v -> v == null);
        return fields;
    }

    /** The parameter ids a step uses anywhere. */
    public static Set<String> used(Step step) {
        Set<String> names = new LinkedHashSet<>();
        fields(step).values().forEach(text -> names.addAll(in(text)));
        return names;
    }

    /** {@code text} with every placeholder that has a value replaced by it; the others stay as written. */
    public static String fill(String text, Map<String, String> values) {
        if (text == null || values.isEmpty()) {
            return text;
        }
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? m.group() : value));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The step as it runs with these values: every placeholder that has a value is replaced. */
    public static Step fill(Step step, Map<String, String> values) {
        if (values.isEmpty() || used(step).isEmpty()) {
            return step;
        }
        Action action = step.action();
        Action filledAction = null;
        if (action != null) {
            Map<String, String> params = new LinkedHashMap<>();
            action.params().forEach((key, value) -> params.put(key, fill(value, values)));
            filledAction = new Action(action.kind(), fill(action.target(), values), params);
        }
        Verification verify = step.verify();
        Verification filledVerify = verify == null ? null
                : new Verification(verify.title(), verify.titleEn(), verify.resource(), verify.condition(), fill(verify.value(), values));
        return new Step(step.id(), step.type(), step.title(), step.titleEn(), step.description(), step.role(),
                fill(step.prompt(), values), filledAction, filledVerify, step.timeout(), step.destructive(), step.rollback(),
                fill(step.command(), values), fill(step.target(), values), fill(step.changes(), values), step.onRefuse(), step.when(),
                step.derived());
    }
}

package dev.warroom.core.plan.validate;

import dev.warroom.core.plan.load.JsonPointers;
import dev.warroom.core.plan.model.Action;
import dev.warroom.core.plan.model.Channel;
import dev.warroom.core.plan.model.Resource;
import dev.warroom.core.plan.model.Step;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * No secrets in a plan: observe, details and params neither name nor hold one, and channels keep
 * webhook URLs in environment variables. Commands copied from a document are only warned about.
 */
final class SecretRules implements PlanRule {

    private static final String ADVICE = "looks like a secret: name an environment variable instead";
    private static final Pattern ENV_NAME = Pattern.compile("^[A-Za-z_][A-Za-z0-9_]*$");

    @Override
    public void check(PlanIndex index, List<Finding> findings) {
        for (Located<Resource> resource : index.resources()) {
            String owner = " of resource '" + resource.value().id() + "'";
            checkMap(resource.value().observe(), resource.at("observe"), "observe", owner, findings);
            checkMap(resource.value().details(), resource.at("details"), "details", owner, findings);
        }
        for (Located<Step> step : index.steps()) {
            String owner = " of step '" + step.value().id() + "'";
            Action action = step.value().action();
            if (action != null) {
                checkMap(action.params(), step.at("action", "params"), "param", owner, findings);
            }
            checkCommand(step.value().command(), step.at("command"), "command" + owner, findings);
            if (step.value().rollback() != null) {
                Action undo = step.value().rollback().action();
                if (undo != null) {
                    checkMap(undo.params(), step.at("rollback", "action", "params"), "rollback param", owner, findings);
                }
                checkCommand(step.value().rollback().command(), step.at("rollback", "command"), "rollback command" + owner,
                        findings);
            }
        }
        for (Located<Channel> channel : index.channels()) {
            String owner = " of channel '" + channel.value().id() + "'";
            checkValue(channel.value().address(), channel.at("address"), "address" + owner, findings);
            checkEnvName("webhookEnv", channel.value().webhookEnv(), channel.at("webhookEnv"), owner, findings);
        }
    }

    private static void checkMap(Map<String, String> map, String mapPointer, String what, String owner, List<Finding> findings) {
        for (Map.Entry<String, String> entry : map.entrySet()) {
            String key = entry.getKey();
            String pointer = JsonPointers.child(mapPointer, key);
            if (SecretPatterns.namesSecret(key)) {
                findings.add(Finding.error(pointer, what + " key '" + key + "'" + owner + " " + ADVICE + " (e.g. " + key + "Env)")
                        .atKey());
            } else if (key.endsWith("Env")) {
                checkEnvName(key, entry.getValue(), pointer, owner, findings);
            } else {
                checkValue(entry.getValue(), pointer, what + " '" + key + "'" + owner, findings);
            }
        }
    }

    private static void checkValue(String value, String pointer, String where, List<Finding> findings) {
        SecretPatterns.findIn(value).ifPresent(found ->
                findings.add(Finding.error(pointer, where + " " + ADVICE.replace(":", " (" + found + "):"))));
    }

    private static void checkEnvName(String key, String value, String pointer, String owner, List<Finding> findings) {
        if (value != null && !ENV_NAME.matcher(value).matches()) {
            findings.add(Finding.error(pointer, "'" + key + "'" + owner
                    + " must name an environment variable (letters, digits and _, e.g. WARROOM_SECRET), not hold a value"));
        }
    }

    private static void checkCommand(String command, String pointer, String where, List<Finding> findings) {
        SecretPatterns.findIn(command).ifPresent(found -> findings.add(Finding.warning(pointer,
                where + " " + ADVICE.replace("looks like a secret:", "looks like it holds a secret (" + found + "):"))));
    }
}

package dev.warroom.core.plan.validate;

import dev.warroom.core.plan.model.Action;
import dev.warroom.core.plan.model.Channel;
import dev.warroom.core.plan.model.Resource;
import java.util.List;
import java.util.Set;

/**
 * No secrets in the plan's words: titles, the system name, descriptions, prompts, notes. Plan text is
 * shown on screens, in chat and in reports, so anything the one secret vocabulary recognises (a GitHub
 * token, an AWS key, a password in a connection string or given as an option) is an error. Where a secret may sit in params, observe, details
 * and commands is {@link SecretRules}' job.
 */
final class TextSecretRules implements PlanRule {

    private static final Set<String> CHECKED_ELSEWHERE = Set.of("command", "address");

    @Override
    public void check(PlanIndex index, List<Finding> findings) {
        PlanWalk.walk(index.plan(), new PlanWalk.Visitor() {
            @Override
            public void text(String pointer, Object owner, String property, String value) {
                if (checkedElsewhere(owner, property)) {
                    return;
                }
                SecretPatterns.findIn(value).ifPresent(found -> findings.add(Finding.error(pointer, "'" + property
                        + "' looks like it holds a secret (" + found
                        + "): plan text is shown on screens and in reports; keep the secret in an environment variable")));
            }
        });
    }

    private static boolean checkedElsewhere(Object owner, String property) {
        return owner instanceof Resource && (property.equals("observe") || property.equals("details"))
                || owner instanceof Action && property.equals("params")
                || owner instanceof Channel
                || CHECKED_ELSEWHERE.contains(property)
                || property.endsWith("Env");
    }
}

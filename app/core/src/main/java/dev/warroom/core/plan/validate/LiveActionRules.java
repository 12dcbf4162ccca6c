package dev.warroom.core.plan.validate;

import dev.warroom.core.plan.catalog.ActionKind;
import dev.warroom.core.plan.catalog.ActionKinds;
import dev.warroom.core.plan.catalog.LiveCapabilities;
import dev.warroom.core.plan.catalog.LiveExecutor;
import dev.warroom.core.plan.catalog.ResourceKinds;
import dev.warroom.core.plan.model.Action;
import dev.warroom.core.plan.model.Resource;
import dev.warroom.core.plan.model.Step;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Every action (of a step or a rollback) has a real connector that performs it on its target's kind,
 * and that connector reads each param the step gives: one it ignores would run as if it were not written.
 */
final class LiveActionRules implements PlanRule {

    @Override
    public void check(PlanIndex index, List<Finding> findings) {
        for (Located<Step> step : index.steps()) {
            if (step.value().action() != null) {
                check(index, new Located<>(step.value().action(), step.at("action")), findings);
            }
            if (step.value().rollback() != null && step.value().rollback().action() != null) {
                check(index, new Located<>(step.value().rollback().action(), step.at("rollback", "action")), findings);
            }
        }
    }

    private static void check(PlanIndex index, Located<Action> action, List<Finding> findings) {
        Optional<ActionKind> kind = ActionKinds.find(action.value().kind());
        if (kind.isEmpty()) {
            return;
        }
        String targetKind = null;
        Optional<Resource> target = Optional.empty();
        if (!kind.get().targetKinds().isEmpty()) {
            target = index.resource(action.value().target());
            targetKind = target.map(Resource::kind).orElse(null);
            if (targetKind == null || ResourceKinds.find(targetKind).isEmpty() || !kind.get().targetKinds().contains(targetKind)) {
                return; // no target, an unknown one, or one the kind does not take: the action rules' error
            }
        }
        String name = kind.get().name();
        Optional<LiveExecutor> executor = LiveCapabilities.executor(name, targetKind == null ? LiveCapabilities.ANY_TARGET : targetKind);
        if (executor.isEmpty()) {
            Set<String> can = LiveCapabilities.targets(name);
            String where = target.isPresent() ? " on '" + target.get().id() + "' (" + targetKind + ")" : "";
            findings.add(Finding.liveBlocker(target.isPresent() ? action.at("target") : action.at("kind"), "no real connector performs "
                    + name + where + (can.isEmpty() ? ": it is simulated only (TABLETOP)" : "; it can on " + String.join(", ", can))));
            return;
        }
        for (Map.Entry<String, String> param : action.value().params().entrySet()) {
            String key = param.getKey();
            if (kind.get().allowsParam(key) && !executor.get().params().contains(key)) {
                Set<String> reads = new TreeSet<>(executor.get().params());
                String on = executor.get().anyTarget() ? "" : " on " + targetKind;
                findings.add(Finding.liveBlocker(action.at("params", key), "the real " + name + on + " does not read param '" + key
                        + "' (it reads " + (reads.isEmpty() ? "none" : String.join(", ", reads)) + "), so '" + key + ": "
                        + param.getValue() + "' would be ignored").atKey());
            }
        }
    }
}

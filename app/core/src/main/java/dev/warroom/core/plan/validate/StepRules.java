package dev.warroom.core.plan.validate;

import dev.warroom.core.plan.catalog.ActionKind;
import dev.warroom.core.plan.model.Action;
import dev.warroom.core.plan.model.Step;
import dev.warroom.core.plan.model.StepType;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Action steps carry a valid action, a verification and a timeout; destructive steps are marked,
 * verified and (preferably) reversible.
 */
final class StepRules implements PlanRule {

    /** Action kinds whose outcome is their own check (or that change nothing), so a verify would add nothing. */
    static final Set<String> SELF_VERIFYING = Set.of("wait", "http.check", "sql.check");

    @Override
    public void check(PlanIndex index, List<Finding> findings) {
        for (Located<Step> located : index.steps()) {
            Step step = located.value();
            String name = "step '" + step.id() + "'";
            Optional<ActionKind> kind = checkAction(index, located, name, findings);
            checkDestructive(located, name, kind, findings);
            if (step.type() == StepType.ACTION) {
                checkSafeguards(located, name, kind, findings);
            }
            if (kind.filter(ActionKind::runsShell).isPresent()) {
                findings.add(Finding.warning(located.at("action", "kind"), name + " runs a shell command on the commander's machine"));
            }
            String verified = step.verify() == null ? null : step.verify().resource();
            if (verified != null && !index.resourceIds().contains(verified)) {
                findings.add(Finding.error(located.at("verify", "resource"), index.resourceIds().unknown(verified)));
            }
            Action undo = step.rollback() == null ? null : step.rollback().action();
            if (undo != null) {
                ActionRules.check(index, new Located<>(undo, located.at("rollback", "action")), findings);
            }
        }
    }

    /** Action steps have an action and other steps do not; returns the action's kind when it is known. */
    private static Optional<ActionKind> checkAction(PlanIndex index, Located<Step> located, String name, List<Finding> findings) {
        Step step = located.value();
        boolean actionStep = step.type() == StepType.ACTION;
        if (actionStep && step.action() == null) {
            findings.add(Finding.error(located.at("id"), "action " + name + " has no action: say what WarRoom does"));
        } else if (!actionStep && step.action() != null && step.type() != null) {
            findings.add(Finding.error(located.at("action"), typeLabel(step.type()) + " " + name
                    + " must not have an action (only action steps do)").atKey());
        } else if (actionStep) {
            return ActionRules.check(index, new Located<>(step.action(), located.at("action")), findings);
        }
        return Optional.empty();
    }

    /** An action step should say how long it may take and how to tell that it worked. */
    private static void checkSafeguards(Located<Step> located, String name, Optional<ActionKind> kind, List<Finding> findings) {
        Step step = located.value();
        String kindName = kind.map(ActionKind::name).orElse("");
        if (step.timeout() == null && !"wait".equals(kindName)) {
            findings.add(Finding.warning(located.at("id"), "action " + name + " has no timeout"));
        }
        if (step.verify() == null && !step.destructive() && !SELF_VERIFYING.contains(kindName)) {
            findings.add(Finding.warning(located.at("id"), "action " + name + " has no verify: say how to check it worked"));
        }
    }

    private static void checkDestructive(Located<Step> located, String name, Optional<ActionKind> kind, List<Finding> findings) {
        Step step = located.value();
        if (step.destructive()) {
            if (step.verify() == null) {
                findings.add(Finding.error(located.at("destructive"), "destructive " + name
                        + " has no verify: say how to check it worked"));
            }
            if (step.rollback() == null) {
                findings.add(Finding.warning(located.at("destructive"), "destructive " + name + " has no rollback"));
            }
        } else if (kind.isPresent() && kind.get().inherentlyDestructive()) {
            findings.add(Finding.error(located.at("action", "kind"), kind.get().name() + " is destructive: mark " + name
                    + " destructive: true"));
        }
    }

    private static String typeLabel(StepType type) {
        return switch (type) {
            case MANUAL -> "manual";
            case CONFIRM -> "confirm";
            case ACTION -> "action";
        };
    }
}

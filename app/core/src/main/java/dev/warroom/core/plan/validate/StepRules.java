package dev.warroom.core.plan.validate;

import dev.warroom.core.plan.catalog.ActionKind;
import dev.warroom.core.plan.model.Action;
import dev.warroom.core.plan.model.Step;
import dev.warroom.core.plan.model.StepType;
import dev.warroom.core.plan.params.Placeholders;
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

    /** What a step changes is typed to confirm it, so it stays short. */
    static final int MAX_CHANGES_LENGTH = 80;

    @Override
    public void check(PlanIndex index, List<Finding> findings) {
        for (Located<Step> located : index.steps()) {
            Step step = located.value();
            String name = "step '" + step.id() + "'";
            Optional<ActionKind> kind = checkAction(index, located, name, findings);
            checkDestructive(located, name, kind, findings);
            checkWhatItChanges(index, located, name, kind, findings);
            checkRefusalBranch(index, located, name, findings);
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

    /**
     * A destructive step is confirmed by typing the name of what it changes. Without an action
     * target (a manual step, a shell command) the plan must say what that is: a {@code target}
     * resource or a short {@code changes} text.
     */
    private static void checkWhatItChanges(PlanIndex index, Located<Step> located, String name, Optional<ActionKind> kind,
            List<Finding> findings) {
        Step step = located.value();
        if (step.target() != null && Placeholders.in(step.target()).isEmpty() && !index.resourceIds().contains(step.target())) {
            findings.add(Finding.error(located.at("target"), index.resourceIds().unknown(step.target())));
        }
        if (step.changes() != null && (step.changes().isBlank() || step.changes().strip().length() > MAX_CHANGES_LENGTH)) {
            findings.add(Finding.error(located.at("changes"), name + ": 'changes' names what the step changes in 1 to "
                    + MAX_CHANGES_LENGTH + " characters; it is typed to confirm the step"));
        }
        // an action whose kind takes a target names it there (a missing one is the action rules' error)
        boolean actionNamesIt = step.action() != null && (step.action().target() != null
                || kind.map(k -> !k.targetKinds().isEmpty() || k.targetsChannel()).orElse(true));
        boolean actionMissing = step.type() == StepType.ACTION && step.action() == null;
        boolean stepNamesIt = step.target() != null || (step.changes() != null && !step.changes().isBlank());
        if (step.destructive() && !actionNamesIt && !stepNamesIt && !actionMissing) {
            findings.add(Finding.error(located.at("destructive"), "destructive " + name + " does not name what it changes: give it a"
                    + " 'target' resource or a short 'changes' text (what the commander types to confirm it)"));
        }
    }

    /** {@code onRefuse} names a decision node, and only a go/no-go can be refused. */
    private static void checkRefusalBranch(PlanIndex index, Located<Step> located, String name, List<Finding> findings) {
        Step step = located.value();
        if (step.onRefuse() == null) {
            return;
        }
        if (step.type() != StepType.CONFIRM) {
            findings.add(Finding.error(located.at("onRefuse"), name + ": only a confirm step (a go/no-go) can be refused;"
                    + " remove 'onRefuse'").atKey());
        } else if (!index.nodeIds().contains(step.onRefuse())) {
            findings.add(Finding.error(located.at("onRefuse"), index.nodeIds().unknown(step.onRefuse())));
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

package dev.warroom.core.plan.validate;

import dev.warroom.core.plan.model.Checklist;
import dev.warroom.core.plan.model.ChecklistItem;
import dev.warroom.core.plan.model.Drill;
import dev.warroom.core.plan.model.EscalationLevel;
import dev.warroom.core.plan.model.Step;
import java.util.List;

/** Steps, checklist items, drill cleanup items and escalation levels name roles the plan defines. */
final class RoleRules implements PlanRule {

    @Override
    public void check(PlanIndex index, List<Finding> findings) {
        for (Located<Step> step : index.steps()) {
            checkRole(index, step.value().role(), step.at("role"), findings);
        }
        for (Located<Checklist> checklist : index.checklists()) {
            for (Located<ChecklistItem> item : PlanIndex.locate(checklist.value().items(), checklist.at("items"))) {
                checkRole(index, item.value().role(), item.at("role"), findings);
            }
        }
        for (Located<Drill> drill : index.drills()) {
            for (Located<ChecklistItem> item : PlanIndex.locate(drill.value().cleanup(), drill.at("cleanup"))) {
                checkRole(index, item.value().role(), item.at("role"), findings);
            }
        }
        if (index.plan().escalation() != null) {
            for (Located<EscalationLevel> level : PlanIndex.locate(index.plan().escalation().path(), "/escalation/path")) {
                checkRole(index, level.value().role(), level.at("role"), findings);
            }
        }
    }

    private static void checkRole(PlanIndex index, String role, String pointer, List<Finding> findings) {
        if (role != null && !index.roleIds().contains(role)) {
            String hint = index.roleIds().ids().isEmpty() ? ": the plan defines no roles" : "";
            findings.add(Finding.error(pointer, index.roleIds().unknown(role) + hint));
        }
    }
}

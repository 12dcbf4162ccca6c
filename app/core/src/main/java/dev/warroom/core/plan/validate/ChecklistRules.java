package dev.warroom.core.plan.validate;

import dev.warroom.core.plan.model.Checklist;
import dev.warroom.core.plan.model.ChecklistPhase;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Every checklist has items, and the plan has one for each phase of an incident. */
final class ChecklistRules implements PlanRule {

    private static final List<ChecklistPhase> EXPECTED = List.of(
            ChecklistPhase.PRE, ChecklistPhase.DURING, ChecklistPhase.POST, ChecklistPhase.FAILBACK);

    @Override
    public void check(PlanIndex index, List<Finding> findings) {
        Set<ChecklistPhase> present = EnumSet.noneOf(ChecklistPhase.class);
        for (Located<Checklist> checklist : index.checklists()) {
            if (checklist.value().phase() != null) {
                present.add(checklist.value().phase());
            }
            if (checklist.value().items().isEmpty()) {
                findings.add(Finding.error(checklist.at("items"), "checklist '" + checklist.value().id() + "' has no items"));
            }
        }
        String pointer = index.plan().checklists().isEmpty() ? "" : "/checklists";
        for (ChecklistPhase phase : EXPECTED) {
            if (!present.contains(phase)) {
                String name = phase.name().toLowerCase(Locale.ROOT);
                findings.add(Finding.warning(pointer, "the plan has no " + name + " checklist: add one with phase: " + name)
                        .atKey());
            }
        }
    }
}

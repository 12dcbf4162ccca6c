package dev.warroom.core.drill;

import dev.warroom.core.plan.model.Checklist;
import dev.warroom.core.plan.model.ChecklistItem;
import dev.warroom.core.plan.model.DecisionNode;
import dev.warroom.core.plan.model.InjectTrigger;
import dev.warroom.core.plan.model.Plan;
import dev.warroom.core.plan.model.Procedure;
import dev.warroom.core.plan.model.Signal;
import dev.warroom.core.plan.model.Step;
import java.util.List;
import java.util.Optional;

/** Whether what a trigger names is in the plan: a question node, a step (of a procedure), a checklist item, a signal. */
final class TriggerReferences {

    private TriggerReferences() {
    }

    /** The trigger's first unknown reference, in words; empty when everything it names exists. */
    static Optional<String> unknown(InjectTrigger on, Plan plan) {
        return switch (on.event()) {
            case ANSWERED -> missing("question node", on.node(), plan.decisionTree().nodes().stream().map(DecisionNode::id).toList());
            case STEP_PROPOSED, STEP_STARTED, STEP_SUCCEEDED, STEP_FAILED -> {
                List<Procedure> procedures = on.procedure() == null || on.procedure().isBlank() ? plan.procedures()
                        : plan.procedures().stream().filter(p -> p.id().equals(on.procedure())).toList();
                if (procedures.isEmpty()) {
                    yield missing("procedure", on.procedure(), plan.procedures().stream().map(Procedure::id).toList());
                }
                yield missing("step", on.step(), procedures.stream().flatMap(p -> p.steps().stream()).map(Step::id).toList());
            }
            case ITEM_TICKED -> {
                List<Checklist> lists = on.checklist() == null || on.checklist().isBlank() ? plan.checklists()
                        : plan.checklists().stream().filter(c -> c.id().equals(on.checklist())).toList();
                if (lists.isEmpty()) {
                    yield missing("checklist", on.checklist(), plan.checklists().stream().map(Checklist::id).toList());
                }
                yield missing("checklist item", on.item(), lists.stream().flatMap(c -> c.items().stream()).map(ChecklistItem::id).toList());
            }
            case SIGNAL_HOLDING -> missing("signal", on.signal(), plan.signals().stream().map(Signal::id).toList());
        };
    }

    private static Optional<String> missing(String what, String id, List<String> known) {
        if (id != null && known.contains(id)) {
            return Optional.empty();
        }
        String list = known.isEmpty() ? "none" : String.join(", ", known);
        return Optional.of(id == null || id.isBlank() ? "the trigger names no " + what + " (the plan has: " + list + ")"
                : "the trigger's " + what + " '" + id + "' is not in the plan (it has: " + list + ")");
    }
}

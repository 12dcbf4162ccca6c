package dev.warroom.core.plan.validate;

import dev.warroom.core.plan.load.DidYouMean;
import dev.warroom.core.plan.model.Answer;
import dev.warroom.core.plan.model.ChecklistItem;
import dev.warroom.core.plan.model.DecisionNode;
import dev.warroom.core.plan.model.Drill;
import dev.warroom.core.plan.model.DrillInject;
import dev.warroom.core.plan.model.InjectTrigger;
import dev.warroom.core.plan.model.NodeType;
import dev.warroom.core.plan.model.Step;
import dev.warroom.core.plan.model.TriggerEvent;
import dev.warroom.core.text.SafeText;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A triggered inject's {@code on} names what its event needs (a question and perhaps an answer; a step
 * and perhaps its procedure; a checklist item; a signal), nothing its event does not use, and only
 * things that exist.
 */
final class InjectTriggerRules implements PlanRule {

    /** The trigger's properties besides {@code event}, in the order of the record. */
    private static final Map<String, Function<InjectTrigger, String>> PROPERTIES = properties();

    /** How many ids a message lists before it stops. */
    private static final int QUOTED = 8;

    private static final Map<TriggerEvent, String> STEP_MOMENT = Map.of(TriggerEvent.STEP_PROPOSED, "proposal",
            TriggerEvent.STEP_STARTED, "start", TriggerEvent.STEP_SUCCEEDED, "success", TriggerEvent.STEP_FAILED, "failure");

    @Override
    public void check(PlanIndex index, List<Finding> findings) {
        Hints hints = new Hints();
        for (Located<Drill> drill : index.drills()) {
            for (Located<DrillInject> inject : PlanIndex.locate(drill.value().injects(), drill.at("injects"))) {
                InjectTrigger trigger = inject.value().on();
                if (trigger != null && trigger.event() != null) {
                    check(index, new Located<>(trigger, inject.at("on")), hints, findings);
                }
            }
        }
    }

    private static void check(PlanIndex index, Located<InjectTrigger> on, Hints hints, List<Finding> findings) {
        TriggerEvent event = on.value().event();
        List<String> uses = uses(event);
        PROPERTIES.forEach((property, read) -> {
            if (read.apply(on.value()) != null && !uses.contains(property)) {
                findings.add(Finding.error(on.at(property), "'" + property + "' does not apply to " + describe(event)
                        + ", which names " + String.join(" and ", uses)).atKey());
            }
        });
        switch (event) {
            case ANSWERED -> answered(index, on, hints, findings);
            case STEP_PROPOSED, STEP_STARTED, STEP_SUCCEEDED, STEP_FAILED -> step(index, on, hints, findings);
            case ITEM_TICKED -> itemTicked(index, on, hints, findings);
            case SIGNAL_HOLDING -> signalHolding(index, on, findings);
        }
    }

    private static void answered(PlanIndex index, Located<InjectTrigger> on, Hints hints, List<Finding> findings) {
        String nodeId = on.value().node();
        if (missing(nodeId, on, "node", "the question whose answer makes the inject due", findings)) {
            return;
        }
        if (!index.nodeIds().contains(nodeId)) {
            findings.add(Finding.error(on.at("node"), index.nodeIds().unknown(nodeId)));
            return;
        }
        DecisionNode node = index.node(nodeId).orElseThrow();
        if (node.type() != NodeType.QUESTION) {
            findings.add(Finding.error(on.at("node"), "node '" + SafeText.forId(nodeId) + "' is " + article(node.type())
                    + " node, and only a question is answered: name a question node"));
            return;
        }
        String answer = on.value().answer();
        List<String> answers = node.answers().stream().map(Answer::id).toList();
        if (answer != null && !answers.contains(answer)) {
            findings.add(Finding.error(on.at("answer"), "node '" + SafeText.forId(nodeId) + "' has no answer '"
                    + SafeText.forId(answer) + "'" + hints.hint(answer, answers) + "; its answers are " + quoted(answers)));
        }
    }

    private static void step(PlanIndex index, Located<InjectTrigger> on, Hints hints, List<Finding> findings) {
        String stepId = on.value().step();
        String procedureId = on.value().procedure();
        if (procedureId != null && !index.procedureIds().contains(procedureId)) {
            findings.add(Finding.error(on.at("procedure"), index.procedureIds().unknown(procedureId)));
            return;
        }
        if (missing(stepId, on, "step", "the step whose " + STEP_MOMENT.get(on.value().event()) + " makes the inject due", findings)) {
            return;
        }
        if (procedureId != null) {
            List<String> steps = index.procedure(procedureId).orElseThrow().steps().stream().map(Step::id).toList();
            if (!steps.contains(stepId)) {
                findings.add(Finding.error(on.at("step"), "procedure '" + SafeText.forId(procedureId) + "' has no step '"
                        + SafeText.forId(stepId) + "'" + hints.hint(stepId, steps)));
            }
            return;
        }
        List<String> holders = index.proceduresWithStep(stepId);
        if (holders.isEmpty()) {
            findings.add(Finding.error(on.at("step"), "no procedure has a step '" + SafeText.forId(stepId) + "'"
                    + hints.hint(stepId, index.stepIds())));
        } else if (holders.size() > 1) {
            findings.add(Finding.error(on.at("step"), "step '" + SafeText.forId(stepId) + "' is in procedures "
                    + quoted(holders) + ": say which with 'procedure'"));
        }
    }

    private static void itemTicked(PlanIndex index, Located<InjectTrigger> on, Hints hints, List<Finding> findings) {
        String checklistId = on.value().checklist();
        boolean noChecklist = missing(checklistId, on, "checklist", "the checklist whose item is ticked", findings);
        boolean noItem = missing(on.value().item(), on, "item", "the checklist item whose tick makes the inject due", findings);
        if (noChecklist) {
            return;
        }
        if (!index.checklistIds().contains(checklistId)) {
            findings.add(Finding.error(on.at("checklist"), index.checklistIds().unknown(checklistId)));
            return;
        }
        String item = on.value().item();
        List<String> items = index.checklist(checklistId).orElseThrow().items().stream().map(ChecklistItem::id).toList();
        if (!noItem && !items.contains(item)) {
            findings.add(Finding.error(on.at("item"), "checklist '" + SafeText.forId(checklistId) + "' has no item '"
                    + SafeText.forId(item) + "'" + hints.hint(item, items)));
        }
    }

    private static void signalHolding(PlanIndex index, Located<InjectTrigger> on, List<Finding> findings) {
        String signal = on.value().signal();
        if (!missing(signal, on, "signal", "the signal whose holding makes the inject due", findings)
                && !index.signalIds().contains(signal)) {
            findings.add(Finding.error(on.at("signal"), index.signalIds().unknown(signal)));
        }
    }

    private static boolean missing(String value, Located<InjectTrigger> on, String property, String what, List<Finding> findings) {
        if (value != null && !value.isBlank()) {
            return false;
        }
        findings.add(Finding.error(on.at("event"), describe(on.value().event()) + " needs '" + property + "': " + what));
        return true;
    }

    private static List<String> uses(TriggerEvent event) {
        return switch (event) {
            case ANSWERED -> List.of("node", "answer");
            case STEP_PROPOSED, STEP_STARTED, STEP_SUCCEEDED, STEP_FAILED -> List.of("step", "procedure");
            case ITEM_TICKED -> List.of("checklist", "item");
            case SIGNAL_HOLDING -> List.of("signal");
        };
    }

    private static String describe(TriggerEvent event) {
        return "event '" + DrillInjectRules.kebab(event) + "'";
    }

    private static String article(NodeType type) {
        return (type == NodeType.END ? "an " : "a ") + DrillInjectRules.kebab(type);
    }

    /**
     * "Did you mean" within a budget, so that a hostile plan with thousands of triggers naming unknown
     * steps cannot make the hints quadratic (as {@link Namespace} does for its own ids).
     */
    private static final class Hints {
        private static final int MAX_HINTS = 100;
        private int given;

        String hint(String unknown, Iterable<String> known) {
            return given++ < MAX_HINTS ? DidYouMean.hint(unknown, known) : "";
        }
    }

    private static String quoted(List<String> ids) {
        String shown = String.join(", ", ids.stream().limit(QUOTED).map(id -> "'" + SafeText.forId(id) + "'").toList());
        return ids.size() > QUOTED ? shown + " …" : shown;
    }

    private static Map<String, Function<InjectTrigger, String>> properties() {
        Map<String, Function<InjectTrigger, String>> properties = new LinkedHashMap<>();
        properties.put("node", InjectTrigger::node);
        properties.put("answer", InjectTrigger::answer);
        properties.put("procedure", InjectTrigger::procedure);
        properties.put("step", InjectTrigger::step);
        properties.put("checklist", InjectTrigger::checklist);
        properties.put("item", InjectTrigger::item);
        properties.put("signal", InjectTrigger::signal);
        return properties;
    }
}

package dev.warroom.core.drill;

import dev.warroom.core.plan.model.InjectTrigger;
import dev.warroom.core.plan.model.TriggerEvent;
import java.util.Objects;

/**
 * Something that happened in the incident, as a drill inject's trigger can name it: a question answered,
 * a step proposed, started, succeeded or failed, a checklist item ticked, a signal holding. Fields that do
 * not apply to the kind are empty strings.
 */
public record TriggerFact(TriggerEvent event, String node, String answer, String procedure, String step, String checklist, String item,
        String signal) {

    public TriggerFact {
        Objects.requireNonNull(event, "event");
        node = blankIfNull(node);
        answer = blankIfNull(answer);
        procedure = blankIfNull(procedure);
        step = blankIfNull(step);
        checklist = blankIfNull(checklist);
        item = blankIfNull(item);
        signal = blankIfNull(signal);
    }

    public static TriggerFact answered(String node, String answer) {
        return new TriggerFact(TriggerEvent.ANSWERED, node, answer, "", "", "", "", "");
    }

    public static TriggerFact step(TriggerEvent event, String procedure, String step) {
        return new TriggerFact(event, "", "", procedure, step, "", "", "");
    }

    public static TriggerFact ticked(String checklist, String item) {
        return new TriggerFact(TriggerEvent.ITEM_TICKED, "", "", "", "", checklist, item, "");
    }

    public static TriggerFact signalHolding(String signal) {
        return new TriggerFact(TriggerEvent.SIGNAL_HOLDING, "", "", "", "", "", "", signal);
    }

    /**
     * Whether this fact is what {@code trigger} waits for. A field the trigger leaves out matches anything
     * (any answer to the node, the step in any procedure); one it gives must be equal.
     */
    public boolean matches(InjectTrigger trigger) {
        if (trigger == null || trigger.event() != event) {
            return false;
        }
        return switch (event) {
            case ANSWERED -> same(trigger.node(), node) && sameIfGiven(trigger.answer(), answer);
            case STEP_PROPOSED, STEP_STARTED, STEP_SUCCEEDED, STEP_FAILED -> same(trigger.step(), step)
                    && sameIfGiven(trigger.procedure(), procedure);
            case ITEM_TICKED -> same(trigger.item(), item) && sameIfGiven(trigger.checklist(), checklist);
            case SIGNAL_HOLDING -> same(trigger.signal(), signal);
        };
    }

    private static boolean same(String wanted, String seen) {
        return wanted != null && wanted.equals(seen);
    }

    private static boolean sameIfGiven(String wanted, String seen) {
        return wanted == null || wanted.isBlank() || wanted.equals(seen);
    }

    private static String blankIfNull(String text) {
        return text == null ? "" : text;
    }
}

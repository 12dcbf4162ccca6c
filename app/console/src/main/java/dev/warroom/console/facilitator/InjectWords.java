package dev.warroom.console.facilitator;

import dev.warroom.console.i18n.Messages;
import dev.warroom.console.room.model.RoomContext;
import dev.warroom.core.drill.InjectState;
import dev.warroom.core.drill.InjectStatus;
import dev.warroom.core.drill.ObservationKind;
import dev.warroom.core.drill.Verdict;
import dev.warroom.core.plan.model.DrillInject;
import dev.warroom.core.plan.model.InjectTrigger;
import java.time.Duration;
import java.util.Locale;

/** An inject's time or trigger, its state and its world change, said in the window's language. */
final class InjectWords {

    private final Messages messages;

    InjectWords(Messages messages) {
        this.messages = messages;
    }

    /** "T+3m", "when impact-scope is answered all, then 2m", "ad hoc, at once". */
    String when(InjectState state) {
        DrillInject inject = state.inject();
        if (inject.at() != null) {
            return messages.get("facilitator.when.at", messages.duration(inject.at()));
        }
        if (inject.on() != null) {
            String trigger = trigger(inject.on());
            Duration after = inject.after();
            return after == null || after.isZero() ? trigger : messages.get("facilitator.when.after", trigger, messages.duration(after));
        }
        return messages.get("facilitator.when.now");
    }

    private String trigger(InjectTrigger on) {
        String step = on.procedure() == null ? nz(on.step()) : on.procedure() + "/" + nz(on.step());
        return switch (on.event()) {
            case ANSWERED -> on.answer() == null ? messages.get("facilitator.trigger.answered", nz(on.node()))
                    : messages.get("facilitator.trigger.answeredWith", nz(on.node()), on.answer());
            case STEP_PROPOSED -> messages.get("facilitator.trigger.stepProposed", step);
            case STEP_STARTED -> messages.get("facilitator.trigger.stepStarted", step);
            case STEP_SUCCEEDED -> messages.get("facilitator.trigger.stepSucceeded", step);
            case STEP_FAILED -> messages.get("facilitator.trigger.stepFailed", step);
            case ITEM_TICKED -> messages.get("facilitator.trigger.itemTicked", nz(on.checklist()) + "/" + nz(on.item()));
            case SIGNAL_HOLDING -> messages.get("facilitator.trigger.signalHolding", nz(on.signal()));
        };
    }

    String status(InjectStatus status) {
        return messages.get(switch (status) {
            case PENDING -> "facilitator.status.pending";
            case DUE -> "facilitator.status.due";
            case FIRED -> "facilitator.status.fired";
            case HELD -> "facilitator.status.held";
            case SKIPPED -> "facilitator.status.skipped";
            case NOT_TRIGGERED -> "facilitator.status.not-triggered";
            case NOT_REACHED -> "facilitator.status.not-reached";
        });
    }

    /** The world change in words: "replica-lag-spike on db-dr (45s, for 5m)"; empty when it has none. */
    String worldChange(DrillInject inject) {
        if (inject.fault() == null) {
            return "";
        }
        String kind = inject.fault().name().toLowerCase(Locale.ROOT).replace('_', '-');
        String size = inject.value() == null ? "" : inject.value();
        String lasting = inject.lasting() == null ? "" : messages.get("facilitator.world.lasting", messages.duration(inject.lasting()));
        String extra = size.isEmpty() ? lasting : lasting.isEmpty() ? size : size + ", " + lasting;
        return messages.get("facilitator.world", kind, nz(inject.target())) + (extra.isEmpty() ? "" : " (" + extra + ")");
    }

    /**
     * What firing the inject did to the world, as the journal recorded it ("in the simulated world"): WarRoom's own words
     * in the window's language, a connector's words as they came.
     */
    String worldChanged(InjectState state) {
        return RoomContext.recordedIn(messages).reason(state.worldChange());
    }

    /**
     * When and by whom an inject fired, as the journal holds it: "Fired at T+3m by the schedule", "… by its trigger", or
     * "… by hand (fran)" for one the facilitator fired, ad-hoc ones included.
     *
     * @param by the inject's {@link InjectState#firedBy()}: "schedule", "trigger", or the facilitator's name
     */
    String fired(String by, Duration sinceStart) {
        String at = sinceStart(sinceStart);
        return switch (by) {
            case "schedule" -> messages.get("facilitator.inject.fired.schedule", at);
            case "trigger" -> messages.get("facilitator.inject.fired.trigger", at);
            default -> messages.get("facilitator.inject.fired.byHand", at, by);
        };
    }

    String kind(ObservationKind kind) {
        return messages.get(switch (kind) {
            case STRENGTH -> "facilitator.kind.strength";
            case IMPROVEMENT -> "facilitator.kind.improvement";
            case NOTE -> "facilitator.kind.note";
        });
    }

    String verdict(Verdict verdict) {
        return messages.get(switch (verdict) {
            case MET -> "facilitator.verdict.met";
            case NOT_MET -> "facilitator.verdict.not-met";
            case UNDETERMINED -> "facilitator.verdict.undetermined";
        });
    }

    /** "T+4m 12s" for an incident time measured from the drill's start. */
    String sinceStart(Duration elapsed) {
        return messages.get("facilitator.when.at", messages.duration(elapsed.isNegative() ? Duration.ZERO : elapsed));
    }

    private static String nz(String text) {
        return text == null ? "?" : text;
    }
}

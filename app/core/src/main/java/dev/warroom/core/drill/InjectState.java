package dev.warroom.core.drill;

import dev.warroom.core.plan.model.DrillInject;
import java.time.Instant;
import java.util.Optional;

/**
 * One inject of the events list as the journal has it so far.
 *
 * @param adHoc       added by the facilitator during the run, not in the plan
 * @param dueAt       incident time it is (or was) due: its scheduled time, or the trigger's time plus the delay
 * @param firedBy     who fired it: "schedule", "trigger", or the facilitator's name when fired by hand
 * @param worldChange what became of its world change: done, or left to the facilitator with the reason ("" if none)
 * @param worldChanged whether the world change was brought about (empty if it has none or it has not fired)
 * @param skipReason  why the facilitator skipped it ("" if not skipped)
 */
public record InjectState(DrillInject inject, boolean adHoc, InjectStatus status, Optional<Instant> dueAt, Optional<Instant> firedAt,
        String firedBy, Optional<Boolean> worldChanged, String worldChange, String skipReason, Optional<String> acknowledgedBy,
        Optional<Instant> acknowledgedAt) {

    public String id() {
        return inject.id();
    }

    /** A fired inject with a message the team has to acknowledge. */
    public boolean awaitsAcknowledgement() {
        return status == InjectStatus.FIRED && inject.message() != null && !inject.message().isBlank() && acknowledgedBy.isEmpty();
    }
}

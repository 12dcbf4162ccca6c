package dev.warroom.core.incident;

import java.util.Set;

/**
 * The event types a resume reads from the whole journal besides the fold: the opening and adopted plans (which plan,
 * which world, which mode), what rebuilds a simulated world (procedures, their parameters, started steps and
 * rollbacks, fired injects), the faults a drill already injected, the drill clock's settings, and the ends that
 * tell whether the incident is over. Events of these types are decoded in full even before a checkpoint; the
 * rest before it (state changes, notes, suggestions, ...) only when every event is asked for.
 */
public final class ResumeReads {

    public static final Set<String> EVENT_TYPES = Set.of(EventTypes.OPENED, EventTypes.PLAN_ADOPTED, EventTypes.PROCEDURE_STARTED,
            EventTypes.PARAMETER_SET, EventTypes.STEP_STARTED, EventTypes.ROLLBACK_STARTED, EventTypes.INJECT_FIRED,
            EventTypes.FAULT_INJECTED, EventTypes.CLOCK_SPEED_CHANGED, EventTypes.CLOCK_PAUSED, EventTypes.RESOLVED,
            EventTypes.ABORTED, EventTypes.DRILL_CLOSED);

    private ResumeReads() {
    }
}

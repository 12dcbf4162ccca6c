package dev.warroom.core.incident;

/** The names of incident events as written to the journal. */
public final class EventTypes {
    public static final String OPENED = "incident.opened";
    public static final String RESUMED = "incident.resumed";
    /** The commander adopted another plan mid-incident; every later resume and report uses it. */
    public static final String PLAN_ADOPTED = "plan.adopted";
    /** A TABLETOP opened before its plan's checks ran, and they failed: no action of the plan runs in it (problems as file:line:column). */
    public static final String PLAN_CHECKS_FAILED = "plan.checks-failed";
    public static final String RESOLVED = "incident.resolved";
    public static final String ABORTED = "incident.aborted";
    public static final String FAULT_INJECTED = "fault.injected";
    public static final String STATE_CHANGED = "state.changed";
    /** A {@link #STATE_CHANGED}'s {@code was} for a resource's first reading. */
    public static final String NOT_OBSERVED_BEFORE = "not observed";
    public static final String NODE_ENTERED = "decision.entered";
    public static final String SUGGESTED = "decision.suggested";
    public static final String ANSWERED = "decision.answered";
    public static final String WAIT_ENDED = "decision.wait-ended";
    public static final String PROCEDURE_STARTED = "procedure.started";
    public static final String PROCEDURE_COMPLETED = "procedure.completed";
    public static final String STEP_PROPOSED = "step.proposed";
    public static final String STEP_CONFIRMED = "step.confirmed";
    public static final String STEP_STARTED = "step.started";
    public static final String STEP_SUCCEEDED = "step.succeeded";
    public static final String STEP_FAILED = "step.failed";
    /** The step's work is done; a person is asked whether what the plan says to check holds. */
    public static final String STEP_CHECK_ASKED = "step.check-asked";
    /** A confirm step's go/no-go was answered "no". */
    public static final String STEP_REFUSED = "step.refused";
    /** A step a crash interrupted whose outcome cannot be checked automatically: it stays of unknown outcome. */
    public static final String STEP_OUTCOME_UNKNOWN = "step.outcome-unknown";
    public static final String STEP_SKIPPED = "step.skipped";
    public static final String STEP_RETRIED = "step.retried";
    public static final String ROLLBACK_STARTED = "step.rollback-started";
    public static final String ROLLED_BACK = "step.rolled-back";
    public static final String ROLLBACK_FAILED = "step.rollback-failed";
    /**
     * A procedure parameter's value: {@code procedure}, {@code parameter}, {@code value}, {@code source}
     * (asked, reading, default, resumed), and for a reading the {@code resource}, {@code attribute} and {@code observedAt}.
     * Recorded when the value is frozen: an asked one when given, a read one when the first step using it is confirmed.
     */
    public static final String PARAMETER_SET = "parameter.set";
    /**
     * A step's {@code when:} judged as the step became next: {@code procedure}, {@code step}, {@code applies}
     * (boolean) and {@code because} (the reading, outcome or value in words). A step that does not apply is then skipped.
     */
    public static final String STEP_CONDITION = "step.condition";
    /** One round of a reassess node: {@code node}, {@code round}, {@code recovered} (boolean), {@code evidence}. */
    public static final String REASSESS_CHECKED = "decision.reassess-checked";
    /**
     * A reassess node left: {@code node}, {@code exit} (recovered or limit), {@code next}, and when a person
     * said recovered, {@code words}; the actor is who said it.
     */
    public static final String REASSESS_ENDED = "decision.reassess-ended";
    public static final String CHECKLIST_TICKED = "checklist.ticked";
    public static final String NOTE_ADDED = "note.added";

    // ---- drills (incident.opened carries "drill": the drill's id, when one is played) ----------------
    /** An inject's trigger came: {inject, dueAt} (incident time it is due, after the trigger's delay). */
    public static final String INJECT_TRIGGERED = "inject.triggered";
    /**
     * An inject fired: {inject, by ("schedule", "trigger" or "facilitator"), message?, messageEn?, expect?,
     * fault? (as fault.injected writes it), worldChanged? (bool), worldChange? (done, or what to do by hand and why)}.
     */
    public static final String INJECT_FIRED = "inject.fired";
    /** {inject}: held before it fired. */
    public static final String INJECT_HELD = "inject.held";
    /** {inject}: released; it fires at once if it came due while held. */
    public static final String INJECT_RELEASED = "inject.released";
    /** {inject, reason}. */
    public static final String INJECT_SKIPPED = "inject.skipped";
    /** An ad-hoc inject added during the run: {inject: the inject as the plan format writes it}. */
    public static final String INJECT_ADDED = "inject.added";
    /** {inject}: the team acknowledged a fired message inject (the actor is who). */
    public static final String INJECT_ACKNOWLEDGED = "inject.acknowledged";
    /** {injects: [{inject, status: not-triggered|not-reached}]}: the incident ended with these never fired. */
    public static final String INJECTS_LAPSED = "inject.lapsed";
    /** The drill clock: {} paused; in DRILL only the inject schedule is held. */
    public static final String CLOCK_PAUSED = "clock.paused";
    /** {heldFor}: how long the pause lasted. */
    public static final String CLOCK_RESUMED = "clock.resumed";
    /** {speed}: incident seconds per real second, TABLETOP only. */
    public static final String CLOCK_SPEED_CHANGED = "clock.speed-changed";
    /** {text, kind (strength|improvement|note), criterion?, objective?}. */
    public static final String OBSERVATION_ADDED = "observation.added";
    /** {criterion, verdict (met|not-met|undetermined), measured, target, evidence}; actor "journal" when measured. */
    public static final String CRITERION_JUDGED = "criterion.judged";
    /** {wentWell: [..], toImprove: [..], actions: [{text, owner, due}], ratings: {objective: P|S|M|U}}. */
    public static final String HOT_WASH_RECORDED = "hotwash.recorded";
    /** {item}: a cleanup item of the drill ticked. */
    public static final String CLEANUP_TICKED = "cleanup.ticked";
    /** {openItems: [..], reason}: the facilitator closed the drill; the reason says why items were left open. */
    public static final String DRILL_CLOSED = "drill.closed";

    // ---- the report's author -------------------------------------------------------------------------------
    /**
     * The author filled a report field: {field (a template field's id, or a table section's id), value}, and for
     * a row of a table also {row (the row's id, e.g. an action item's), column (the column's field id)}. Entered
     * after the incident closed, it is appended under a new seal that supersedes the old one.
     */
    public static final String REPORT_FIELD_SET = "report.field-set";

    /**
     * Events only the facilitator's window, the journal and the report show: the participants' room never
     * lists them. (A fired message inject reaches the room as an inject card, not as this event.)
     */
    public static boolean facilitatorOnly(String type) {
        return type.startsWith("inject.") && !INJECT_ACKNOWLEDGED.equals(type) || OBSERVATION_ADDED.equals(type)
                || CRITERION_JUDGED.equals(type) || HOT_WASH_RECORDED.equals(type);
    }

    private EventTypes() {
    }
}

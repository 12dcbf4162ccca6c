package dev.warroom.core.incident;

/** The names of incident events as written to the journal. */
public final class EventTypes {
    public static final String OPENED = "incident.opened";
    public static final String RESUMED = "incident.resumed";
    /** The commander adopted another plan mid-incident; every later resume and report uses it. */
    public static final String PLAN_ADOPTED = "plan.adopted";
    public static final String RESOLVED = "incident.resolved";
    public static final String ABORTED = "incident.aborted";
    public static final String FAULT_INJECTED = "fault.injected";
    public static final String STATE_CHANGED = "state.changed";
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
    public static final String CHECKLIST_TICKED = "checklist.ticked";
    public static final String NOTE_ADDED = "note.added";

    private EventTypes() {
    }
}

package dev.warroom.core.incident;

import com.fasterxml.jackson.databind.JsonNode;
import dev.warroom.core.plan.model.Plan;
import dev.warroom.core.plan.model.Procedure;
import dev.warroom.core.plan.model.Step;
import dev.warroom.core.plan.model.StepType;
import dev.warroom.core.time.DurationText;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Rebuilds {@link IncidentState} from events. Deterministic: the same plan and events give the same
 * state, which is what makes resume-after-crash exact. Not thread-safe.
 */
public final class IncidentFold {

    private final Plan plan;
    private String planId = "";
    private Mode mode = Mode.TABLETOP;
    private Optional<String> scenario = Optional.empty();
    private Instant openedAt = Instant.EPOCH;
    private Instant impactStartedAt = Instant.EPOCH;
    private IncidentStatus status = IncidentStatus.DECIDING;
    private Optional<String> currentNode = Optional.empty();
    private final List<PathEntry> path = new ArrayList<>();
    private final List<ProcedureRun> procedures = new ArrayList<>();
    private final List<ChecklistTick> ticks = new ArrayList<>();
    private final List<Note> notes = new ArrayList<>();
    private Optional<Instant> decidedAt = Optional.empty();
    private Optional<Instant> recoveredAt = Optional.empty();
    private Optional<Instant> endedAt = Optional.empty();
    private Optional<Duration> lagAtPromotion = Optional.empty();
    private Optional<String> endReason = Optional.empty();
    private IncidentState.Pending pending = IncidentState.Pending.NONE;
    private final DrillFold drill;
    private IncidentTargets targets;
    private Optional<ReassessProgress> reassess = Optional.empty();
    private long lastSeq;

    public IncidentFold(Plan plan) {
        this.plan = plan;
        this.drill = new DrillFold(plan);
        this.targets = new IncidentTargets(plan.targets().rto(), plan.targets().rpo(), Optional.empty());
    }

    public static IncidentState fold(Plan plan, List<IncidentEvent> events) {
        IncidentFold fold = new IncidentFold(plan);
        events.forEach(fold::apply);
        return fold.state();
    }

    /** What a checkpoint keeps of this fold: its state, and the drill's part in full. */
    record Snapshot(IncidentState state, DrillFold.Snapshot drill) {
    }

    Snapshot snapshot() {
        return new Snapshot(state(), drill.snapshot());
    }

    /** The fold a {@link #snapshot()} was taken of, to go on applying the events after it; empty if this plan cannot hold it. */
    static Optional<IncidentFold> restored(Plan plan, Snapshot snapshot) {
        IncidentFold fold = new IncidentFold(plan);
        if (!fold.drill.restore(snapshot.drill())) {
            return Optional.empty();
        }
        IncidentState s = snapshot.state();
        fold.planId = s.planId();
        fold.mode = s.mode();
        fold.scenario = s.scenario();
        fold.openedAt = s.openedAt();
        fold.impactStartedAt = s.impactStartedAt();
        fold.status = s.status();
        fold.currentNode = s.currentNode();
        fold.path.addAll(s.path());
        fold.procedures.addAll(s.procedures());
        fold.ticks.addAll(s.ticks());
        fold.notes.addAll(s.notes());
        fold.decidedAt = s.decidedAt();
        fold.recoveredAt = s.recoveredAt();
        fold.endedAt = s.endedAt();
        fold.lagAtPromotion = s.lagAtPromotion();
        fold.endReason = s.endReason();
        fold.pending = s.pending();
        fold.targets = s.targets();
        fold.reassess = s.reassess();
        fold.lastSeq = s.lastSeq();
        return Optional.of(fold);
    }

    /** The state after every event applied so far. */
    public IncidentState state() {
        return new IncidentState(planId, mode, scenario, openedAt, impactStartedAt, status, currentNode, path, procedures,
                ticks, notes, decidedAt, recoveredAt, endedAt, lagAtPromotion, endReason, pending, drill.state(), targets,
                reassess, lastSeq);
    }

    /** Applies one more event, in journal order. */
    public void apply(IncidentEvent e) {
        lastSeq = e.seq();
        drill.apply(e);
        switch (e.type()) {
            case EventTypes.OPENED -> opened(e);
            case EventTypes.NODE_ENTERED -> {
                currentNode = Optional.of(e.text("node"));
                pending = nodeType(e.text("node")).map(t -> switch (t) {
                    case PROCEDURE -> IncidentState.Pending.START_PROCEDURE;
                    case END -> IncidentState.Pending.LEAVE_NODE;
                    default -> IncidentState.Pending.NONE;
                }).orElse(IncidentState.Pending.NONE);
                path.add(new PathEntry(e.text("node"), e.time(), Optional.empty(), Optional.empty(), Optional.empty(),
                        Optional.empty(), List.of()));
                reassess = node(e.text("node")).filter(n -> n.type() == dev.warroom.core.plan.model.NodeType.REASSESS)
                        .map(n -> ReassessProgress.entered(n.id(), e.time(), n.every(), n.limit()));
            }
            case EventTypes.REASSESS_CHECKED -> reassess = reassess.filter(r -> r.node().equals(e.text("node")))
                    .map(r -> r.with(new ReassessRound(e.data().path("round").asInt(), e.time(), e.data().path("recovered").asBoolean(),
                            texts(e, "evidence"))));
            case EventTypes.REASSESS_ENDED -> {
                reassess = reassess.filter(r -> r.node().equals(e.text("node")))
                        .map(r -> r.left(ReassessExit.parse(e.text("exit")).orElse(ReassessExit.LIMIT), e.text("next")));
                pending = IncidentState.Pending.LEAVE_NODE;
            }
            case EventTypes.ANSWERED -> answered(e);
            case EventTypes.PROCEDURE_STARTED -> procedureStarted(e);
            case EventTypes.PROCEDURE_COMPLETED -> {
                lastProcedure().ifPresent(run -> procedures.set(procedures.size() - 1, run.completed(e.time())));
                status = IncidentStatus.DECIDING;
                pending = IncidentState.Pending.LEAVE_NODE;
            }
            case EventTypes.WAIT_ENDED -> pending = IncidentState.Pending.LEAVE_NODE;
            case EventTypes.STEP_PROPOSED -> updateStep(e, s -> s.status() == StepStatus.PENDING ? s.with(StepStatus.PROPOSED, "") : s);
            case EventTypes.STEP_CONFIRMED -> updateStep(e, s -> s.confirmed(e.actor()));
            case EventTypes.STEP_STARTED -> stepStarted(e);
            case EventTypes.STEP_SUCCEEDED -> stepSucceeded(e);
            case EventTypes.STEP_FAILED -> updateStep(e, s -> s.finished(StepStatus.FAILED, e.time(), e.text("reason")));
            case EventTypes.STEP_CHECK_ASKED -> updateStep(e, s -> s.with(StepStatus.AWAITING_CHECK, e.text("question")));
            case EventTypes.STEP_REFUSED -> updateStep(e, s -> s.finished(StepStatus.REFUSED, e.time(),
                    "refused by " + e.actor() + ": " + e.text("reason")));
            case EventTypes.STEP_OUTCOME_UNKNOWN -> updateStep(e, s -> s.with(StepStatus.OUTCOME_UNKNOWN, e.text("reason")));
            case EventTypes.STEP_SKIPPED -> updateStep(e, s -> s.finished(StepStatus.SKIPPED, e.time(), e.text("reason")));
            case EventTypes.STEP_RETRIED -> updateStep(e, s -> s.with(StepStatus.PENDING, "retry requested by " + e.actor()));
            case EventTypes.ROLLED_BACK -> updateStep(e, s -> s.finished(StepStatus.ROLLED_BACK, e.time(), e.text("detail")));
            case EventTypes.ROLLBACK_FAILED -> updateStep(e, s -> s.with(StepStatus.FAILED, "rollback failed: " + e.text("detail")));
            case EventTypes.PARAMETER_SET -> activeRun(e.text("procedure")).ifPresent(run ->
                    procedures.set(procedures.size() - 1, run.withParameter(e.text("parameter"), e.text("value"), e.text("source"))));
            case EventTypes.STEP_CONDITION -> activeRun(e.text("procedure")).ifPresent(run ->
                    procedures.set(procedures.size() - 1, run.judged(e.text("step"))));
            case EventTypes.CHECKLIST_TICKED -> ticks.add(new ChecklistTick(e.text("checklist"), e.text("item"), e.actor(), e.time()));
            case EventTypes.NOTE_ADDED -> notes.add(new Note(NoteKind.parse(e.text("kind")).orElse(NoteKind.NOTE), e.text("text"),
                    e.actor(), e.time()));
            case EventTypes.RESOLVED -> end(IncidentStatus.RESOLVED, e);
            case EventTypes.ABORTED -> end(IncidentStatus.ABORTED, e);
            case EventTypes.RESUMED -> resumed();
            default -> {
                // facts for the timeline only (suggestions, state changes, injects, rollback starts)
            }
        }
    }

    private void opened(IncidentEvent e) {
        planId = e.text("plan");
        mode = Mode.parse(e.text("mode")).orElse(Mode.TABLETOP);
        scenario = e.text("scenario").isEmpty() ? Optional.empty() : Optional.of(e.text("scenario"));
        openedAt = e.time();
        JsonNode impact = e.data().path("impactStartedAt");
        impactStartedAt = impact.isTextual() ? Instant.parse(impact.asText()) : e.time();
        String severity = e.text("severity");
        targets = new IncidentTargets(
                DurationText.parse(e.text("rtoTarget")).orElse(plan.targets().rto()),
                DurationText.parse(e.text("rpoTarget")).orElse(plan.targets().rpo()),
                severity.isEmpty() ? Optional.empty() : Optional.of(severity));
    }

    private void answered(IncidentEvent e) {
        String node = e.text("node");
        for (int i = path.size() - 1; i >= 0; i--) {
            PathEntry entry = path.get(i);
            if (entry.node().equals(node) && entry.answer().isEmpty()) {
                List<String> evidence = new ArrayList<>();
                e.data().path("evidence").forEach(n -> evidence.add(n.asText()));
                String suggested = e.text("suggested");
                path.set(i, entry.answered(e.text("answer"), e.actor(), e.time(),
                        suggested.isEmpty() ? Optional.empty() : Optional.of(suggested), evidence));
                pending = IncidentState.Pending.ENTER_ANSWER;
                return;
            }
        }
    }

    private void procedureStarted(IncidentEvent e) {
        String id = e.text("procedure");
        List<StepRun> steps = plan.procedures().stream().filter(p -> p.id().equals(id)).findFirst()
                .map(Procedure::steps).orElse(List.of()).stream().map(s -> StepRun.pending(s.id())).toList();
        procedures.add(new ProcedureRun(id, e.time(), Optional.empty(), steps));
        status = IncidentStatus.RECOVERING;
        pending = IncidentState.Pending.NONE;
        if (decidedAt.isEmpty()) {
            decidedAt = Optional.of(e.time());
        }
    }

    private void stepStarted(IncidentEvent e) {
        updateStep(e, s -> s.started(e.time()));
        JsonNode lag = e.data().path("lagAtStartMillis");
        if (lag.isNumber() && RecoveryPhases.measuresRpo(e.text("kind"))) {
            Duration measured = Duration.ofMillis(lag.asLong());
            lagAtPromotion = Optional.of(lagAtPromotion.filter(d -> d.compareTo(measured) > 0).orElse(measured));
        }
    }

    private void stepSucceeded(IncidentEvent e) {
        Optional<Evidence> evidence = Evidence.readFrom(e.data());
        updateStep(e, s -> s.finished(StepStatus.SUCCEEDED, e.time(), e.text("detail"), evidence));
        String kind = e.text("kind");
        if (stepType(e.text("procedure"), e.text("step")).map(type -> RecoveryPhases.marksRecovery(type, kind, evidence))
                .orElseGet(() -> RecoveryPhases.changesTheWorld(kind))) {
            recoveredAt = Optional.of(e.time());
        }
    }

    private Optional<StepType> stepType(String procedureId, String stepId) {
        return plan.procedures().stream().filter(p -> p.id().equals(procedureId)).findFirst()
                .flatMap(p -> p.steps().stream().filter(s -> s.id().equals(stepId)).findFirst()).map(Step::type);
    }

    private void resumed() {
        lastProcedure().filter(run -> run.completedAt().isEmpty()).ifPresent(run -> {
            List<StepRun> steps = run.steps().stream().map(s -> switch (s.status()) {
                case RUNNING -> s.with(StepStatus.OUTCOME_UNKNOWN, "outcome unknown — verify: the step started before the crash");
                case CONFIRMED -> s.with(StepStatus.PROPOSED, "confirmation lapsed with the crash: confirm again");
                default -> s;
            }).toList();
            procedures.set(procedures.size() - 1, new ProcedureRun(run.procedureId(), run.startedAt(), run.completedAt(), steps,
                    run.parameters(), run.sources(), run.judged()));
        });
    }

    private void end(IncidentStatus end, IncidentEvent e) {
        status = end;
        pending = IncidentState.Pending.NONE;
        endedAt = Optional.of(e.time());
        String reason = e.text(end == IncidentStatus.ABORTED ? "reason" : "summary");
        endReason = reason.isEmpty() ? Optional.empty() : Optional.of(reason);
    }

    private Optional<ProcedureRun> lastProcedure() {
        return procedures.isEmpty() ? Optional.empty() : Optional.of(procedures.get(procedures.size() - 1));
    }

    private Optional<ProcedureRun> activeRun(String procedureId) {
        return lastProcedure().filter(run -> run.procedureId().equals(procedureId) && run.completedAt().isEmpty());
    }

    private Optional<dev.warroom.core.plan.model.NodeType> nodeType(String nodeId) {
        return node(nodeId).map(dev.warroom.core.plan.model.DecisionNode::type);
    }

    private Optional<dev.warroom.core.plan.model.DecisionNode> node(String nodeId) {
        return plan.decisionTree().nodes().stream().filter(n -> n.id().equals(nodeId)).findFirst();
    }

    private static List<String> texts(IncidentEvent e, String field) {
        List<String> out = new ArrayList<>();
        e.data().path(field).forEach(n -> out.add(n.asText()));
        return out;
    }

    private void updateStep(IncidentEvent e, java.util.function.UnaryOperator<StepRun> change) {
        String procedure = e.text("procedure");
        String step = e.text("step");
        lastProcedure().filter(run -> run.procedureId().equals(procedure)).ifPresent(run -> run.step(step)
                .ifPresent(s -> procedures.set(procedures.size() - 1, run.replace(change.apply(s)))));
        lastProcedure().filter(run -> run.completedAt().isEmpty() && run.current().isEmpty())
                .ifPresent(run -> pending = IncidentState.Pending.COMPLETE_PROCEDURE);
    }
}

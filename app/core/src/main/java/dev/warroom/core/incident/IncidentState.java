package dev.warroom.core.incident;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The incident as a fold over its events: immutable, rebuilt exactly after a crash.
 * {@code procedures} holds every procedure run in order, the active one last. {@code drill} is present
 * when the incident plays one of the plan's drills. {@code targets} are the objectives the incident is held to
 * (the plan's, or its chosen severity level's).
 * {@code reassess} is present while the current node is a reassess node: its rounds, and how it was left.
 */
public record IncidentState(
        String planId,
        Mode mode,
        Optional<String> scenario,
        Instant openedAt,
        Instant impactStartedAt,
        IncidentStatus status,
        Optional<String> currentNode,
        List<PathEntry> path,
        List<ProcedureRun> procedures,
        List<ChecklistTick> ticks,
        List<Note> notes,
        Optional<Instant> decidedAt,
        Optional<Instant> recoveredAt,
        Optional<Instant> endedAt,
        Optional<Duration> lagAtPromotion,
        Optional<String> endReason,
        Pending pending,
        Optional<dev.warroom.core.drill.DrillState> drill,
        IncidentTargets targets,
        Optional<ReassessProgress> reassess,
        long lastSeq) {

    /** An automatic transition recorded as due but not yet taken (e.g. a crash came in between). */
    public enum Pending {
        NONE,
        START_PROCEDURE,
        /** A question was answered; the node its answer leads to is not entered yet. */
        ENTER_ANSWER,
        COMPLETE_PROCEDURE,
        LEAVE_NODE
    }

    /** The state as it was before reassess nodes: none in progress. */
    public IncidentState(String planId, Mode mode, Optional<String> scenario, Instant openedAt, Instant impactStartedAt,
            IncidentStatus status, Optional<String> currentNode, List<PathEntry> path, List<ProcedureRun> procedures,
            List<ChecklistTick> ticks, List<Note> notes, Optional<Instant> decidedAt, Optional<Instant> recoveredAt,
            Optional<Instant> endedAt, Optional<Duration> lagAtPromotion, Optional<String> endReason, Pending pending,
            Optional<dev.warroom.core.drill.DrillState> drill, IncidentTargets targets, long lastSeq) {
        this(planId, mode, scenario, openedAt, impactStartedAt, status, currentNode, path, procedures, ticks, notes, decidedAt,
                recoveredAt, endedAt, lagAtPromotion, endReason, pending, drill, targets, Optional.empty(), lastSeq);
    }

    public IncidentState {
        path = List.copyOf(path);
        procedures = List.copyOf(procedures);
        ticks = List.copyOf(ticks);
        notes = List.copyOf(notes);
    }

    /** The procedure being run, if the incident is recovering. */
    public Optional<ProcedureRun> activeProcedure() {
        if (status != IncidentStatus.RECOVERING || procedures.isEmpty()) {
            return Optional.empty();
        }
        ProcedureRun last = procedures.get(procedures.size() - 1);
        return last.completedAt().isPresent() ? Optional.empty() : Optional.of(last);
    }

    public boolean isTicked(String checklist, String item) {
        return ticks.stream().anyMatch(t -> t.checklist().equals(checklist) && t.item().equals(item));
    }
}

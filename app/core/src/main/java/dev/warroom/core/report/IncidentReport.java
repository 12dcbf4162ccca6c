package dev.warroom.core.report;

import dev.warroom.core.incident.ChecklistTick;
import dev.warroom.core.incident.Note;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Everything a report shows, computed from the plan and the journal alone; renderers only lay it out.
 * {@code rto} is impact to the end of verification; the phases follow the seeds' definition
 * (detection + decision + recovery + verification). {@code drill} is present when the incident played one of
 * the plan's drills; {@code rto} and {@code rpo} are then judged against the drill's own targets where it names them.
 */
public record IncidentReport(
        String title,
        String system,
        String planId,
        String mode,
        Optional<String> scenario,
        String world,
        String status,
        Optional<String> endReason,
        Instant impactStartedAt,
        Instant openedAt,
        Optional<Instant> endedAt,
        Metric rto,
        Metric rpo,
        List<Metric> phases,
        List<DecisionRow> decisions,
        List<StepRow> steps,
        List<TimelineRow> timeline,
        List<ChecklistTick> ticks,
        int checklistItems,
        List<Note> notes,
        String journalHead,
        Optional<DrillReport> drill) {

    /** A report of an incident that played no drill. */
    public IncidentReport(String title, String system, String planId, String mode, Optional<String> scenario, String world, String status,
            Optional<String> endReason, Instant impactStartedAt, Instant openedAt, Optional<Instant> endedAt, Metric rto, Metric rpo,
            List<Metric> phases, List<DecisionRow> decisions, List<StepRow> steps, List<TimelineRow> timeline, List<ChecklistTick> ticks,
            int checklistItems, List<Note> notes, String journalHead) {
        this(title, system, planId, mode, scenario, world, status, endReason, impactStartedAt, openedAt, endedAt, rto, rpo, phases, decisions,
                steps, timeline, ticks, checklistItems, notes, journalHead, Optional.empty());
    }

    public IncidentReport {
        phases = List.copyOf(phases);
        decisions = List.copyOf(decisions);
        steps = List.copyOf(steps);
        timeline = List.copyOf(timeline);
        ticks = List.copyOf(ticks);
        notes = List.copyOf(notes);
    }
}

package dev.warroom.core.report;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The incident measured from the plan and the journal alone, for the report document's summary and objectives and
 * for the terminal's summary. {@code rto} is impact to the end of verification; the phases follow the seeds'
 * definition (detection + decision + recovery + verification). {@code drill} is the id of the plan's drill the
 * incident played, if any; {@code rto} and {@code rpo} are then judged against the drill's own targets where it
 * names them.
 */
public record IncidentReport(
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
        List<StepRow> steps,
        Optional<String> drill) {

    public IncidentReport {
        phases = List.copyOf(phases);
        steps = List.copyOf(steps);
    }
}

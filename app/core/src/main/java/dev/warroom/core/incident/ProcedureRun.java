package dev.warroom.core.incident;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** One run of a procedure: its steps in plan order. */
public record ProcedureRun(String procedureId, Instant startedAt, Optional<Instant> completedAt, List<StepRun> steps) {

    public ProcedureRun {
        steps = List.copyOf(steps);
    }

    /** The first step that is not done, skipped or rolled back. */
    public Optional<StepRun> current() {
        return steps.stream().filter(s -> !s.status().isTerminal()).findFirst();
    }

    public Optional<StepRun> step(String stepId) {
        return steps.stream().filter(s -> s.stepId().equals(stepId)).findFirst();
    }

    ProcedureRun replace(StepRun updated) {
        return new ProcedureRun(procedureId, startedAt, completedAt,
                steps.stream().map(s -> s.stepId().equals(updated.stepId()) ? updated : s).toList());
    }

    ProcedureRun completed(Instant at) {
        return new ProcedureRun(procedureId, startedAt, Optional.of(at), steps);
    }
}

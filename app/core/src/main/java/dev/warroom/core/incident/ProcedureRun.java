package dev.warroom.core.incident;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One run of a procedure: its steps in plan order, the parameter values frozen so far ({@code parameters},
 * by parameter id, as {@code parameter.set} journalled them, with {@code sources}: asked, reading or default) and the steps whose {@code when:} has been judged.
 */
public record ProcedureRun(String procedureId, Instant startedAt, Optional<Instant> completedAt, List<StepRun> steps,
        Map<String, String> parameters, Map<String, String> sources, Set<String> judged) {

    public ProcedureRun {
        steps = List.copyOf(steps);
        parameters = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        sources = Map.copyOf(sources);
        judged = Set.copyOf(judged);
    }

    ProcedureRun(String procedureId, Instant startedAt, Optional<Instant> completedAt, List<StepRun> steps) {
        this(procedureId, startedAt, completedAt, steps, Map.of(), Map.of(), Set.of());
    }

    /** The value frozen for a parameter of this run, if any. */
    public Optional<String> parameter(String parameterId) {
        return Optional.ofNullable(parameters.get(parameterId));
    }

    ProcedureRun withParameter(String parameterId, String value, String source) {
        Map<String, String> values = new LinkedHashMap<>(parameters);
        values.put(parameterId, value);
        Map<String, String> from = new java.util.HashMap<>(sources);
        from.put(parameterId, source);
        return new ProcedureRun(procedureId, startedAt, completedAt, steps, values, from, judged);
    }

    ProcedureRun judged(String stepId) {
        Set<String> all = new java.util.HashSet<>(judged);
        all.add(stepId);
        return new ProcedureRun(procedureId, startedAt, completedAt, steps, parameters, sources, all);
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
                steps.stream().map(s -> s.stepId().equals(updated.stepId()) ? updated : s).toList(), parameters, sources, judged);
    }

    ProcedureRun completed(Instant at) {
        return new ProcedureRun(procedureId, startedAt, Optional.of(at), steps, parameters, sources, judged);
    }
}

package dev.warroom.core.incident;

import dev.warroom.core.plan.model.Procedure;
import dev.warroom.core.plan.model.ProcedureParameter;
import dev.warroom.core.plan.params.Placeholders;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The parameter values one step of a running procedure uses, as one look at the world sees them: each frozen
 * value, else the latest reading, else missing. What the dry run shows, what a confirmation needs, and what it
 * freezes all come from the same look.
 */
final class StepValues {

    private final ProcedureRun run;
    private final List<ProcedureParameter> used;
    private final Map<String, ResourceReading> readings;

    private StepValues(ProcedureRun run, List<ProcedureParameter> used, Map<String, ResourceReading> readings) {
        this.run = run;
        this.used = used;
        this.readings = readings;
    }

    /** The values step {@code stepId} (as the plan writes it, placeholders and all) uses, seen now. */
    static StepValues of(Incident incident, ProcedureRun run, String stepId) {
        Set<String> names = incident.stepOf(run.procedureId(), stepId).map(Placeholders::used).orElse(Set.of());
        List<ProcedureParameter> used = incident.procedure(run.procedureId()).map(Procedure::parameters).orElse(List.of()).stream()
                .filter(p -> names.contains(p.id())).toList();
        return new StepValues(run, used, incident.readings());
    }

    /** Every value of the procedure known now (frozen, or read), for filling in the step. */
    static Map<String, String> all(Incident incident, ProcedureRun run) {
        return incident.procedure(run.procedureId()).map(p -> ParameterValues.current(p, run, incident.readings())).orElse(Map.of());
    }

    /** What the dry run shows: each value the step uses and where it comes from. */
    List<StepProposal.ShownValue> shown() {
        return used.stream().map(p -> {
            String title = p.titleEn() != null ? p.titleEn() : p.title();
            Optional<String> frozen = run.parameter(p.id());
            if (frozen.isPresent()) {
                return new StepProposal.ShownValue(p.id(), title, frozen, run.sources().getOrDefault(p.id(), "asked"));
            }
            Optional<String> reading = ParameterValues.reading(p, readings);
            return new StepProposal.ShownValue(p.id(), title, reading, reading.isPresent() ? "reading now" : "missing");
        }).toList();
    }

    /** The values the step uses that nothing gives yet, by label. */
    List<String> missing() {
        return used.stream().filter(p -> run.parameter(p.id()).isEmpty() && ParameterValues.reading(p, readings).isEmpty())
                .map(ParameterValues::label).toList();
    }

    /** The values the step uses that only a reading gives so far: what a confirmation freezes. */
    Map<ProcedureParameter, String> unfrozenReadings() {
        Map<ProcedureParameter, String> readOnly = new LinkedHashMap<>();
        for (ProcedureParameter p : used) {
            if (run.parameter(p.id()).isEmpty()) {
                ParameterValues.reading(p, readings).ifPresent(value -> readOnly.put(p, value));
            }
        }
        return readOnly;
    }
}

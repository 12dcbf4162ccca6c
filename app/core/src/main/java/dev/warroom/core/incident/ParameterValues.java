package dev.warroom.core.incident;

import dev.warroom.core.plan.model.ParameterSource;
import dev.warroom.core.plan.model.Procedure;
import dev.warroom.core.plan.model.ProcedureParameter;
import dev.warroom.core.plan.model.Step;
import dev.warroom.core.plan.params.Placeholders;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The values of a running procedure's parameters: those the journal froze, and for a reading parameter not frozen
 * yet, what its resource's latest observation says now. Stateless.
 */
final class ParameterValues {

    private ParameterValues() {
    }

    /** The live reading a reading parameter gives now, if its resource has an observation with that attribute. */
    static Optional<String> reading(ProcedureParameter parameter, Map<String, ResourceReading> readings) {
        if (parameter.from() != ParameterSource.READING || parameter.resource() == null || parameter.attribute() == null) {
            return Optional.empty();
        }
        ResourceReading reading = readings.get(parameter.resource());
        if (reading == null) {
            return Optional.empty();
        }
        return reading.observation().flatMap(o -> o.attribute(parameter.attribute()).or(() -> switch (parameter.attribute()) {
            case "health" -> Optional.of(o.health().name().toLowerCase(java.util.Locale.ROOT));
            case "role" -> Optional.of(o.role().name().toLowerCase(java.util.Locale.ROOT));
            case "lag" -> o.lag().map(dev.warroom.core.time.DurationText::format);
            default -> Optional.empty();
        })).map(String::strip).filter(v -> !v.isEmpty());
    }

    /** Frozen values, and the current reading of every reading parameter not frozen yet. */
    static Map<String, String> current(Procedure procedure, ProcedureRun run, Map<String, ResourceReading> readings) {
        Map<String, String> values = new LinkedHashMap<>();
        for (ProcedureParameter parameter : procedure.parameters()) {
            run.parameter(parameter.id()).or(() -> reading(parameter, readings)).ifPresent(v -> values.put(parameter.id(), v));
        }
        return values;
    }

    /**
     * What a person must still give: every asked parameter of the run without a value, and every reading
     * parameter the current step uses that has neither a frozen value nor a reading.
     */
    static List<ParameterRequest> missing(Procedure procedure, ProcedureRun run, Optional<Step> current,
            Map<String, ResourceReading> readings) {
        List<ParameterRequest> missing = new ArrayList<>();
        java.util.Set<String> usedNow = current.map(Placeholders::used).orElse(java.util.Set.of());
        for (ProcedureParameter parameter : procedure.parameters()) {
            if (run.parameter(parameter.id()).isPresent()) {
                continue;
            }
            Optional<String> reading = reading(parameter, readings);
            boolean asked = parameter.from() == ParameterSource.ASK;
            if (asked || (usedNow.contains(parameter.id()) && reading.isEmpty())) {
                missing.add(request(procedure.id(), parameter, reading));
            }
        }
        return missing;
    }

    static ParameterRequest request(String procedureId, ProcedureParameter parameter, Optional<String> reading) {
        Optional<String> defaultValue = Optional.ofNullable(parameter.defaultValue()).filter(v -> !v.isBlank());
        return new ParameterRequest(procedureId, parameter, reading, defaultValue);
    }

    /** Why {@code value} cannot be this parameter's value, in words; empty when it can. */
    static Optional<String> problem(ProcedureParameter parameter, String value) {
        if (value == null || value.isBlank()) {
            return Optional.of("parameter '" + parameter.id() + "' needs a value");
        }
        if (parameter.pattern() != null && !parameter.pattern().isBlank()) {
            try {
                if (!Pattern.compile(parameter.pattern()).matcher(value.strip()).matches()) {
                    return Optional.of("'" + value.strip() + "' is not a value for parameter '" + parameter.id() + "': it must match "
                            + parameter.pattern() + (parameter.example() == null ? "" : " (e.g. " + parameter.example() + ")"));
                }
            } catch (PatternSyntaxException e) {
                return Optional.of("parameter '" + parameter.id() + "' has a pattern that is not a regular expression");
            }
        }
        return Optional.empty();
    }

    /** What the commander calls a parameter: its English title where the plan gives one, and its id. */
    static String label(ProcedureParameter parameter) {
        String title = parameter.titleEn() != null ? parameter.titleEn() : parameter.title();
        return "'" + parameter.id() + "'" + (title == null || title.isBlank() ? "" : " (" + title + ")");
    }
}

package dev.warroom.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.warroom.core.incident.ParameterRequest;
import dev.warroom.core.plan.load.Position;
import dev.warroom.core.plan.load.PositionIndex;
import dev.warroom.core.plan.model.Plan;
import dev.warroom.core.plan.model.Procedure;
import dev.warroom.core.plan.model.ProcedureParameter;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The {@code parameters:} part of the {@code --answers} file ({@code procedure-id: {parameter-id: value}}), checked
 * against the plan before anything opens: each procedure and parameter exists, and each value fits the parameter's
 * pattern. The first problem is given as {@code file:line:column: words}.
 */
final class ParameterAnswers {

    static final String KEY = "parameters";

    private ParameterAnswers() {
    }

    static void check(JsonNode script, PositionIndex positions, String file, Plan plan) throws DrillAnswers.BadAnswersException {
        JsonNode given = script.path(KEY);
        if (given.isMissingNode()) {
            return;
        }
        if (!given.isObject()) {
            throw problem(positions, file, "/" + KEY, false, "'parameters' maps procedure ids to {parameter-id: value}");
        }
        for (Iterator<Map.Entry<String, JsonNode>> procedures = given.fields(); procedures.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = procedures.next();
            String pointer = "/" + KEY + "/" + escape(entry.getKey());
            Optional<Procedure> procedure = plan.procedures().stream().filter(p -> p.id().equals(entry.getKey())).findFirst();
            if (procedure.isEmpty()) {
                throw problem(positions, file, pointer, true, "the plan has no procedure '" + entry.getKey() + "'; with parameters it has: "
                        + list(plan.procedures().stream().filter(p -> !p.parameters().isEmpty()).map(Procedure::id)));
            }
            if (!entry.getValue().isObject()) {
                throw problem(positions, file, pointer, false, "give procedure '" + entry.getKey() + "' a mapping of parameter ids to values");
            }
            for (Iterator<Map.Entry<String, JsonNode>> values = entry.getValue().fields(); values.hasNext(); ) {
                Map.Entry<String, JsonNode> value = values.next();
                String at = pointer + "/" + escape(value.getKey());
                Optional<ProcedureParameter> parameter = procedure.get().parameters().stream()
                        .filter(p -> p.id().equals(value.getKey())).findFirst();
                if (parameter.isEmpty()) {
                    throw problem(positions, file, at, true, "procedure '" + entry.getKey() + "' has no parameter '" + value.getKey()
                            + "'; it has: " + list(procedure.get().parameters().stream().map(ProcedureParameter::id)));
                }
                if (!value.getValue().isValueNode() || value.getValue().isNull()) {
                    throw problem(positions, file, at, false, "parameter '" + value.getKey() + "' takes one value, as text");
                }
                ParameterRequest request = new ParameterRequest(entry.getKey(), parameter.get(), Optional.empty(), Optional.empty());
                Optional<String> wrong = request.problemWith(value.getValue().asText().strip());
                if (wrong.isPresent()) {
                    throw problem(positions, file, at, false, wrong.get());
                }
            }
        }
    }

    private static String list(java.util.stream.Stream<String> ids) {
        String joined = ids.collect(Collectors.joining(", "));
        return joined.isEmpty() ? "none" : joined;
    }

    private static DrillAnswers.BadAnswersException problem(PositionIndex positions, String file, String pointer, boolean atKey,
            String words) {
        Position at = atKey ? positions.keyAt(pointer) : positions.valueAt(pointer);
        return new DrillAnswers.BadAnswersException(file + ":" + at.line() + ":" + at.column() + ": " + words);
    }

    private static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }
}

package dev.warroom.core.incident;

import dev.warroom.core.plan.model.ProcedureParameter;
import java.util.Optional;

/**
 * A procedure parameter the engine needs a value for: {@code reading} is what the live reading gives (for a
 * reading parameter, when there is one), {@code defaultValue} the plan's default. The commander answers
 * with a value; the autopilot takes the reading, else the default.
 */
public record ParameterRequest(String procedureId, ProcedureParameter parameter, Optional<String> reading,
        Optional<String> defaultValue) {

    /** Why {@code value} cannot be given for this parameter (blank, or not matching its pattern), in words; empty when it can. */
    public Optional<String> problemWith(String value) {
        return ParameterValues.problem(parameter, value);
    }
}

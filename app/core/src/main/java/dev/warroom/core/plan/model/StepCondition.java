package dev.warroom.core.plan.model;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/**
 * When a step applies ({@code when:}), judged when the step becomes the procedure's next one. Exactly one
 * of: a signal (holds, or with {@code holds: false} does not), a resource's latest reading ({@code is}),
 * an earlier step's outcome in this run of the procedure, or a parameter's value. A step whose condition
 * does not hold is passed over, and the journal says why.
 */
public record StepCondition(
        @JsonPropertyDescription("A signal id: the step applies while the signal is satisfied.") String signal,
        @JsonPropertyDescription("With signal: false makes the step apply while the signal is not satisfied. Default true.")
        Boolean holds,
        @JsonPropertyDescription("A resource id whose latest reading is tested against is.") String resource,
        @JsonPropertyDescription("The state the resource must be in: reachable, unreachable, healthy, down, primary, replica.")
        ConditionState is,
        @JsonPropertyDescription("An earlier step of the same procedure whose outcome is tested against outcome.") String step,
        @JsonPropertyDescription("The outcome the earlier step must have had: succeeded, failed, skipped.") StepOutcomeState outcome,
        @JsonPropertyDescription("A parameter of the procedure whose value is compared with equals.") String param,
        @JsonPropertyDescription("The value the parameter must have.") String equals) {

    public StepCondition {
        holds = holds == null || holds;
    }
}

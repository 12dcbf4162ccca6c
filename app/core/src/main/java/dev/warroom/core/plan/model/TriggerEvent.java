package dev.warroom.core.plan.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/** What, happening in the incident, makes a triggered drill inject come due. */
public enum TriggerEvent {
    /** A question of the decision tree was answered ({@code node}; with {@code answer}, only that answer). */
    @JsonProperty("answered") @JsonPropertyDescription("A question (node) is answered; with answer, only that answer.") ANSWERED,
    /** A step ({@code step}, optionally qualified by {@code procedure}) was proposed to the commander. */
    @JsonProperty("step-proposed") @JsonPropertyDescription("A step (step, optionally procedure) is proposed to the commander.") STEP_PROPOSED,
    @JsonProperty("step-started") @JsonPropertyDescription("The step starts.") STEP_STARTED,
    @JsonProperty("step-succeeded") @JsonPropertyDescription("The step succeeds.") STEP_SUCCEEDED,
    @JsonProperty("step-failed") @JsonPropertyDescription("The step fails.") STEP_FAILED,
    /** A checklist item ({@code checklist} and {@code item}) was ticked. */
    @JsonProperty("item-ticked") @JsonPropertyDescription("A checklist item (checklist and item) is ticked.") ITEM_TICKED,
    /** A plan signal ({@code signal}) began to hold. */
    @JsonProperty("signal-holding") @JsonPropertyDescription("A plan signal (signal) begins to hold.") SIGNAL_HOLDING
}

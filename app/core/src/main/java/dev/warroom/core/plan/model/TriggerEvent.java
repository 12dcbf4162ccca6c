package dev.warroom.core.plan.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What, happening in the incident, makes a triggered drill inject come due. */
public enum TriggerEvent {
    /** A question of the decision tree was answered ({@code node}; with {@code answer}, only that answer). */
    @JsonProperty("answered") ANSWERED,
    /** A step ({@code step}, optionally qualified by {@code procedure}) was proposed to the commander. */
    @JsonProperty("step-proposed") STEP_PROPOSED,
    @JsonProperty("step-started") STEP_STARTED,
    @JsonProperty("step-succeeded") STEP_SUCCEEDED,
    @JsonProperty("step-failed") STEP_FAILED,
    /** A checklist item ({@code checklist} and {@code item}) was ticked. */
    @JsonProperty("item-ticked") ITEM_TICKED,
    /** A plan signal ({@code signal}) began to hold. */
    @JsonProperty("signal-holding") SIGNAL_HOLDING
}

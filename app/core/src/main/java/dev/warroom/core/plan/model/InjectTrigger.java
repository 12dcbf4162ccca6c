package dev.warroom.core.plan.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/**
 * The incident event that makes a drill inject come due. Which of the other fields apply depends on
 * {@code event}: {@code node} (and optionally {@code answer}) for answered; {@code step} (and optionally
 * {@code procedure}) for the step events; {@code checklist} and {@code item} for item-ticked;
 * {@code signal} for signal-holding.
 */
public record InjectTrigger(
        @JsonProperty(required = true) @JsonPropertyDescription("The incident event that makes the inject due.") TriggerEvent event,
        @JsonPropertyDescription("Decision-tree question node, for 'answered'.") String node,
        @JsonPropertyDescription("Answer id, for 'answered'; any answer if absent.") String answer,
        @JsonPropertyDescription("Procedure id, to say which procedure's step is meant; any procedure if absent.") String procedure,
        @JsonPropertyDescription("Step id, for the step events.") String step,
        @JsonPropertyDescription("Checklist id, for 'item-ticked'.") String checklist,
        @JsonPropertyDescription("Checklist item id, for 'item-ticked'.") String item,
        @JsonPropertyDescription("Signal id, for 'signal-holding'.") String signal) {
}

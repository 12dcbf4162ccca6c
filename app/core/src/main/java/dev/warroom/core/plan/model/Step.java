package dev.warroom.core.plan.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.time.Duration;

/**
 * One step of a procedure: {@code manual} (a person does it and reports back), {@code confirm}
 * (a go/no-go the commander confirms, or refuses) or {@code action} (WarRoom performs {@code action} once confirmed).
 */
public record Step(
        @JsonProperty(required = true) String id,
        @JsonProperty(required = true) StepType type,
        @JsonProperty(required = true) String title,
        String titleEn,
        String description,
        @JsonPropertyDescription("Role expected to carry out or confirm the step.") String role,
        @JsonPropertyDescription("What the commander is asked, for confirm steps.") String prompt,
        Action action,
        Verification verify,
        Duration timeout,
        @JsonPropertyDescription("Destructive steps demand the target's name typed to confirm. Default false.") Boolean destructive,
        Rollback rollback,
        @JsonPropertyDescription("The original command from the document, for reference.") String command,
        @JsonPropertyDescription("Resource a manual or shell step changes; its name is what a destructive step asks to be typed.") String target,
        @JsonPropertyDescription("What a destructive step without a target resource changes, in a few words; typed to confirm it.") String changes,
        @JsonPropertyDescription("Decision node the incident goes to when a confirm step's go/no-go is refused; without it a refusal stops the procedure at this step.") String onRefuse,
        @JsonPropertyDescription("When the step applies: a signal, a resource's reading, an earlier step's outcome or a parameter's value. A step whose condition does not hold is passed over.")
        StepCondition when) {

    public Step {
        destructive = Boolean.TRUE.equals(destructive);
    }

    public boolean isDestructive() {
        return destructive;
    }
}

package dev.warroom.core.plan.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.time.Duration;

/**
 * One step of a procedure: {@code manual} (a person does it and reports back), {@code confirm}
 * (a go/no-go the commander confirms, or refuses) or {@code action} (WarRoom performs {@code action} once confirmed).
 */
public record Step(
        @JsonProperty(required = true) @JsonPropertyDescription("Step id: lowercase kebab-case ASCII (stop-writes), unique within its procedure.")
        String id,
        @JsonProperty(required = true) @JsonPropertyDescription("How the step is carried out: manual (a person does it and reports back), confirm (a go/no-go) or action (WarRoom performs action once confirmed).")
        StepType type,
        @JsonProperty(required = true) @JsonPropertyDescription("The step as written.") String title,
        @JsonPropertyDescription("The same in English, where the document writes it in another language; shown beside it in English displays.")
        String titleEn,
        @JsonPropertyDescription("A longer explanation, as written.") String description,
        @JsonPropertyDescription("Role expected to carry out or confirm the step.") String role,
        @JsonPropertyDescription("What the commander is asked, for confirm steps.") String prompt,
        @JsonPropertyDescription("What WarRoom does, for action steps: an action kind, its target and params.") Action action,
        @JsonPropertyDescription("The outcome the step must produce, watched on live state (e.g. the replica is primary).") Verification verify,
        @JsonPropertyDescription("How long the action and its verification may take, a duration, e.g. 10m (at most 7d); 10m if absent, and validate warns.")
        Duration timeout,
        @JsonPropertyDescription("Destructive steps demand the target's name typed to confirm. Default false.") Boolean destructive,
        @JsonPropertyDescription("How to undo the step: an action WarRoom can run, or a command a person runs.") Rollback rollback,
        @JsonPropertyDescription("The original command from the document, for reference.") String command,
        @JsonPropertyDescription("Resource a manual or shell step changes; its name is what a destructive step asks to be typed.") String target,
        @JsonPropertyDescription("What a destructive step without a target resource changes, in a few words; typed to confirm it.") String changes,
        @JsonPropertyDescription("Decision node the incident goes to when a confirm step's go/no-go is refused; without it a refusal stops the procedure at this step.") String onRefuse,
        @JsonPropertyDescription("When the step applies: a signal, a resource's reading, an earlier step's outcome or a parameter's value. A step whose condition does not hold is passed over.")
        StepCondition when,
        @JsonPropertyDescription("true when the plan author added this step beyond the source document; shown as derived in every language.") Boolean derived) {

    public Step {
        destructive = Boolean.TRUE.equals(destructive);
    }

    public boolean isDestructive() {
        return destructive;
    }

    /** Whether the plan author added this beyond the source document. */
    public boolean isDerived() {
        return Boolean.TRUE.equals(derived);
    }
}

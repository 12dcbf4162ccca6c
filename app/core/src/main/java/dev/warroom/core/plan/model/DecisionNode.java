package dev.warroom.core.plan.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.time.Duration;
import java.util.List;

/**
 * A node of the decision tree. A {@code question} has answers; a {@code procedure} node runs a
 * procedure and may continue to {@code next}; a {@code wait} waits {@code duration} and then goes to
 * {@code next} if the situation has not resolved; an {@code end} closes the path.
 */
public record DecisionNode(
        @JsonProperty(required = true) String id,
        @JsonProperty(required = true) NodeType type,
        @JsonProperty(required = true) String title,
        String titleEn,
        String question,
        String questionEn,
        List<Answer> answers,
        @JsonPropertyDescription("Live-state signals that can suggest an answer to this question.") List<Suggestion> suggestions,
        @JsonPropertyDescription("The procedure a procedure node runs.") String procedure,
        @JsonPropertyDescription("How long a wait node waits.") Duration duration,
        @JsonPropertyDescription("Where to go after a procedure completes, or when a wait expires.") String next,
        String notes) {

    public DecisionNode {
        answers = Lists.of(answers);
        suggestions = Lists.of(suggestions);
    }
}

package dev.warroom.core.plan.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.time.Duration;
import java.util.List;

/**
 * A node of the decision tree. A {@code question} has answers; a {@code procedure} node runs a
 * procedure and may continue to {@code next}; a {@code wait} waits {@code duration} and then goes to
 * {@code next} if the situation has not resolved; a {@code reassess} looks again {@code every} period until
 * the {@code until} signal (or the commander) says recovered, going to {@code recovered}, or until {@code limit}
 * has passed, going to {@code next} (one node, not a cycle); an {@code end} closes the path.
 */
public record DecisionNode(
        @JsonProperty(required = true) @JsonPropertyDescription("Node id: lowercase kebab-case ASCII (db-reachable, promote-dr); answers, next and scenarios' entry name it.")
        String id,
        @JsonProperty(required = true) @JsonPropertyDescription("question (the commander picks an answer), procedure (runs procedure, then next), wait (waits duration, then next), reassess (rechecks every period until recovered or limit) or end.")
        NodeType type,
        @JsonProperty(required = true) @JsonPropertyDescription("Short name as written.") String title,
        @JsonPropertyDescription("The same in English, where the document writes it in another language; shown beside it in English displays.")
        String titleEn,
        @JsonPropertyDescription("The question as written, for question nodes, e.g. 'Is the primary database reachable?'.") String question,
        @JsonPropertyDescription("The question in English, where the document writes it in another language.") String questionEn,
        @JsonPropertyDescription("The possible answers of a question node, each leading to a node.") List<Answer> answers,
        @JsonPropertyDescription("Live-state signals that can suggest an answer to this question.") List<Suggestion> suggestions,
        @JsonPropertyDescription("The procedure a procedure node runs.") String procedure,
        @JsonPropertyDescription("How long a wait node waits.") Duration duration,
        @JsonPropertyDescription("Where to go after a procedure completes, when a wait expires, or when a reassess node reaches its limit.") String next,
        @JsonPropertyDescription("Notes for the commander, shown at the node.") String notes,
        @JsonPropertyDescription("For a reassess node: how often the situation is reassessed, e.g. 5m.") Duration every,
        @JsonPropertyDescription("For a reassess node: how long to keep reassessing before going to next, e.g. 30m.") Duration limit,
        @JsonPropertyDescription("For a reassess node: the signal that means recovered; without it only the commander can say so.") String until,
        @JsonPropertyDescription("For a reassess node: where to go once recovered.") String recovered,
        @JsonPropertyDescription("true when the plan author added this node beyond the source document; shown as derived in every language.") Boolean derived) {

    public DecisionNode {
        answers = Lists.of(answers);
        suggestions = Lists.of(suggestions);
    }

    /** Whether the plan author added this beyond the source document. */
    public boolean isDerived() {
        return Boolean.TRUE.equals(derived);
    }

    /** Without {@code derived}: taken from the source document. */
    public DecisionNode(String id, NodeType type, String title, String titleEn, String question, String questionEn, List<Answer> answers, List<Suggestion> suggestions, String procedure, Duration duration, String next, String notes, Duration every, Duration limit, String until, String recovered) {
        this(id, type, title, titleEn, question, questionEn, answers, suggestions, procedure, duration, next, notes, every, limit, until, recovered, null);
    }
}

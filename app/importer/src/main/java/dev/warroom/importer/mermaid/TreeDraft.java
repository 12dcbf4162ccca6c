package dev.warroom.importer.mermaid;

import dev.warroom.importer.ImportWarning;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A decision tree drafted from a flowchart, in the plan file's own shape: each node a map with the keys a
 * {@code decisionTree.nodes} entry has (id, type, question/title, answers [{id, label, next}], next, every, limit...),
 * ready to be written as YAML. Procedure nodes name procedures that the draft must provide (the importer creates an
 * empty manual procedure for each one the document does not describe).
 *
 * @param start the first node's id; empty when no box could be read (then {@code nodes} is empty too)
 * @param procedureSteps for each procedure in {@code procedures}, the flowchart's boxes it was drawn as, in order
 *     (the first is the procedure node's own title): the steps of a manual procedure the document does not describe
 * @param decisionBoxes how many decision boxes ({@code {…}}) the graph draws: none means a diagram (an architecture
 *     picture), not a decision tree, even if a box with several arrows out was read as a question
 */
public record TreeDraft(String start, List<Map<String, Object>> nodes, List<String> procedures, List<ImportWarning> warnings,
        Map<String, List<String>> procedureSteps, int decisionBoxes) {

    public TreeDraft {
        nodes = List.copyOf(nodes);
        procedures = List.copyOf(procedures);
        warnings = List.copyOf(warnings);
        procedureSteps = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(procedureSteps));
    }

    public TreeDraft(String start, List<Map<String, Object>> nodes, List<String> procedures, List<ImportWarning> warnings) {
        this(start, nodes, procedures, warnings, Map.of(),
                (int) nodes.stream().filter(node -> "question".equals(node.get("type"))).count());
    }

    public boolean isEmpty() {
        return nodes.isEmpty();
    }

    /** Whether the graph draws decisions: a flowchart without a decision box is a diagram rather than a decision tree. */
    public boolean looksLikeDecisionTree() {
        return decisionBoxes > 0 && !nodes.isEmpty();
    }
}

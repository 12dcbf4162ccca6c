package dev.warroom.importer.mermaid;

import dev.warroom.importer.ImportWarning;
import java.util.List;
import java.util.Map;

/**
 * A decision tree drafted from a flowchart, in the plan file's own shape: each node a map with the keys a
 * {@code decisionTree.nodes} entry has (id, type, question/title, answers [{label, next}], next, every, limit...),
 * ready to be written as YAML. Procedure nodes name procedures that the draft must provide (the importer creates an
 * empty manual procedure for each one the document does not describe).
 */
public record TreeDraft(String start, List<Map<String, Object>> nodes, List<String> procedures, List<ImportWarning> warnings) {

    public TreeDraft {
        nodes = List.copyOf(nodes);
        procedures = List.copyOf(procedures);
        warnings = List.copyOf(warnings);
    }
}

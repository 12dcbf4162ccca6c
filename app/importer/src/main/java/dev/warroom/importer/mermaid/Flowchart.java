package dev.warroom.importer.mermaid;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A flowchart as drawn: nodes in order of first appearance, and directed edges with their labels. */
final class Flowchart {

    enum Shape { BOX, ROUND, STADIUM, CIRCLE, DIAMOND, HEXAGON, OTHER }

    record Node(String id, String label, Shape shape, int line) {
    }

    record Edge(String from, String to, String label, int line) {
    }

    private final Map<String, Node> nodes = new LinkedHashMap<>();
    private final List<Edge> edges = new ArrayList<>();

    /** Declares a node, or gives a label and shape to one so far only named. */
    void node(String id, String label, Shape shape, int line) {
        Node known = nodes.get(id);
        if (known == null || known.label() == null && label != null) {
            nodes.put(id, new Node(id, label, label == null ? Shape.BOX : shape, known == null ? line : known.line()));
        }
    }

    void edge(String from, String to, String label, int line) {
        edges.add(new Edge(from, to, label == null || label.isBlank() ? null : label.strip(), line));
    }

    Collection<Node> nodes() {
        return nodes.values();
    }

    Node get(String id) {
        return nodes.get(id);
    }

    int size() {
        return nodes.size();
    }

    List<Edge> edges() {
        return edges;
    }
}

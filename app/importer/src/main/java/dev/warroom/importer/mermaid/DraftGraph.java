package dev.warroom.importer.mermaid;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The flowchart as a graph the reader may change: edges dropped or redirected to break cycles, boxes turned into
 * reassess nodes, nodes added (a recheck, an end).
 */
final class DraftGraph {

    /** A box; {@code reassess} set when a watch-and-check-again loop became this node. */
    static final class Box {
        final String key;
        final String label;
        final Flowchart.Shape shape;
        final int line;
        final List<Link> out = new ArrayList<>();
        int in;
        Reassess reassess;
        boolean end;

        Box(String key, String label, Flowchart.Shape shape, int line) {
            this.key = key;
            this.label = label;
            this.shape = shape;
            this.line = line;
        }

        boolean question() {
            return shape == Flowchart.Shape.DIAMOND || shape == Flowchart.Shape.HEXAGON;
        }
    }

    record Link(String to, String label, int line) {
    }

    /** Where a reassess node goes once recovered, and once its limit has passed. */
    record Reassess(String recovered, String next, String every, String limit) {
    }

    private final Map<String, Box> boxes = new LinkedHashMap<>();

    static DraftGraph of(Flowchart chart) {
        DraftGraph graph = new DraftGraph();
        for (Flowchart.Node node : chart.nodes()) {
            String label = node.label() == null || node.label().isBlank() ? node.id() : node.label();
            graph.boxes.put(node.id(), new Box(node.id(), label, node.shape(), node.line()));
        }
        for (Flowchart.Edge edge : chart.edges()) {
            Box from = graph.boxes.get(edge.from());
            Box to = graph.boxes.get(edge.to());
            if (from != null && to != null && from.out.stream().noneMatch(l -> l.to().equals(edge.to()))) {
                from.out.add(new Link(edge.to(), edge.label(), edge.line()));
                to.in++;
            }
        }
        return graph;
    }

    Map<String, Box> boxes() {
        return boxes;
    }

    Box box(String key) {
        return boxes.get(key);
    }

    Box add(String key, String label, Flowchart.Shape shape, int line) {
        String unique = key;
        for (int n = 2; boxes.containsKey(unique); n++) {
            unique = key + "~" + n;
        }
        Box box = new Box(unique, label, shape, line);
        boxes.put(unique, box);
        return box;
    }

    void remove(Box from, Link link) {
        if (from.out.remove(link)) {
            boxes.get(link.to()).in--;
        }
    }

    void link(Box from, String to, String label, int line) {
        from.out.add(new Link(to, label, line));
        boxes.get(to).in++;
    }
}

package dev.warroom.console.room.tree;

import dev.warroom.core.incident.PathEntry;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The nodes the incident has passed through and the edges it followed between them, from the state's path. */
record TakenPath(Set<String> nodes, Set<String> edges) {

    static TakenPath of(List<PathEntry> path) {
        Set<String> nodes = new HashSet<>();
        Set<String> edges = new HashSet<>();
        for (int i = 0; i < path.size(); i++) {
            nodes.add(path.get(i).node());
            if (i + 1 < path.size()) {
                edges.add(edgeKey(path.get(i).node(), path.get(i + 1).node()));
            }
        }
        return new TakenPath(Set.copyOf(nodes), Set.copyOf(edges));
    }

    static String edgeKey(String from, String to) {
        return from + "->" + to;
    }

    boolean tookEdge(String from, String to) {
        return edges.contains(edgeKey(from, to));
    }
}

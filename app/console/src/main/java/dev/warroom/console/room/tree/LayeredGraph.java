package dev.warroom.console.room.tree;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;

/**
 * The tree's forward links cut into one-layer hops: a link that skips layers passes through bend
 * vertices, one per layer it crosses, so it can be routed between the boxes. Vertices below
 * {@code realCount} are the tree's nodes. The order within each layer starts as a depth-first walk
 * from the start (answers left to right) and is then reordered to cross fewer edges.
 */
final class LayeredGraph {

    /** The vertices a forward link passes through, from its source to its target. */
    record Chain(TreeGraph.Link link, List<Integer> vertices) {
    }

    final int realCount;
    final List<Integer> layerOf = new ArrayList<>();
    final List<List<Integer>> below = new ArrayList<>();
    final List<List<Integer>> above = new ArrayList<>();
    final List<Chain> chains = new ArrayList<>();
    List<List<Integer>> layers = new ArrayList<>();

    LayeredGraph(TreeGraph graph) {
        realCount = graph.size();
        int[] layer = graph.layers();
        for (int i = 0; i < realCount; i++) {
            addVertex(layer[i]);
        }
        for (TreeGraph.Link link : graph.forward) {
            List<Integer> vertices = new ArrayList<>();
            vertices.add(link.from());
            for (int l = layer[link.from()] + 1; l < layer[link.to()]; l++) {
                vertices.add(addVertex(l));
            }
            vertices.add(link.to());
            for (int i = 0; i + 1 < vertices.size(); i++) {
                below.get(vertices.get(i)).add(vertices.get(i + 1));
                above.get(vertices.get(i + 1)).add(vertices.get(i));
            }
            chains.add(new Chain(link, vertices));
        }
        int depth = layerOf.stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
        for (int l = 0; l < depth; l++) {
            layers.add(new ArrayList<>());
        }
        int[] discovered = walkOrder(graph.start);
        for (int v = 0; v < layerOf.size(); v++) {
            layers.get(layerOf.get(v)).add(v);
        }
        layers.forEach(row -> row.sort(Comparator.comparingInt(v -> discovered[v])));
    }

    private int addVertex(int layer) {
        layerOf.add(layer);
        below.add(new ArrayList<>());
        above.add(new ArrayList<>());
        return layerOf.size() - 1;
    }

    int size() {
        return layerOf.size();
    }

    boolean isBend(int vertex) {
        return vertex >= realCount;
    }

    /** Depth-first preorder from the start, then from every vertex not yet reached. */
    private int[] walkOrder(int start) {
        int[] order = new int[size()];
        Arrays.fill(order, -1);
        int next = 0;
        List<Integer> roots = new ArrayList<>();
        roots.add(start);
        for (int v = 0; v < size(); v++) {
            roots.add(v);
        }
        for (int root : roots) {
            if (order[root] >= 0) {
                continue;
            }
            Deque<Integer> stack = new ArrayDeque<>();
            stack.push(root);
            while (!stack.isEmpty()) {
                int v = stack.pop();
                if (order[v] >= 0) {
                    continue;
                }
                order[v] = next++;
                List<Integer> children = below.get(v);
                for (int i = children.size() - 1; i >= 0; i--) {
                    stack.push(children.get(i));
                }
            }
        }
        return order;
    }

    /** Barycentre sweeps down and up; keeps the order with the fewest crossings seen. */
    void reduceCrossings(int sweeps) {
        List<List<Integer>> best = copy(layers);
        int fewest = crossings();
        for (int sweep = 0; sweep < sweeps && fewest > 0; sweep++) {
            for (int l = 1; l < layers.size(); l++) {
                sortByNeighbours(l, above, layers.get(l - 1));
            }
            for (int l = layers.size() - 2; l >= 0; l--) {
                sortByNeighbours(l, below, layers.get(l + 1));
            }
            int now = crossings();
            if (now < fewest) {
                fewest = now;
                best = copy(layers);
            }
        }
        layers = best;
    }

    private void sortByNeighbours(int l, List<List<Integer>> neighbours, List<Integer> reference) {
        List<Integer> row = layers.get(l);
        double[] key = new double[size()];
        for (int i = 0; i < row.size(); i++) {
            int v = row.get(i);
            List<Integer> near = neighbours.get(v);
            key[v] = near.isEmpty() ? (i + 0.5) / row.size()
                    : (near.stream().mapToInt(reference::indexOf).average().orElse(0) + 0.5) / reference.size();
        }
        row.sort(Comparator.comparingDouble(v -> key[v]));
    }

    /** Edge crossings between every pair of neighbouring layers. */
    int crossings() {
        int total = 0;
        for (int l = 0; l + 1 < layers.size(); l++) {
            List<Integer> upper = layers.get(l);
            List<Integer> lower = layers.get(l + 1);
            List<int[]> edges = new ArrayList<>();
            for (int i = 0; i < upper.size(); i++) {
                for (int w : below.get(upper.get(i))) {
                    edges.add(new int[] {i, lower.indexOf(w)});
                }
            }
            for (int a = 0; a < edges.size(); a++) {
                for (int b = a + 1; b < edges.size(); b++) {
                    int[] e = edges.get(a);
                    int[] f = edges.get(b);
                    if ((e[0] - f[0]) * (long) (e[1] - f[1]) < 0) {
                        total++;
                    }
                }
            }
        }
        return total;
    }

    private static List<List<Integer>> copy(List<List<Integer>> rows) {
        List<List<Integer>> copy = new ArrayList<>();
        rows.forEach(row -> copy.add(new ArrayList<>(row)));
        return copy;
    }
}

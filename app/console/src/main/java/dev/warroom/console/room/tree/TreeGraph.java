package dev.warroom.console.room.tree;

import dev.warroom.core.plan.model.Answer;
import dev.warroom.core.plan.model.DecisionNode;
import dev.warroom.core.plan.model.DecisionTree;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The decision tree as a graph of node indexes: one link per (from, to) pair carrying the answers
 * that take it, split into forward links (an acyclic set) and back links (only an invalid plan has
 * any; they are drawn but do not shape the layers).
 */
final class TreeGraph {

    /** A link between two nodes and the ids of the answers that follow it (empty for a procedure's, wait's or reassess node's {@code next}, and a reassess node's {@code recovered}). */
    record Link(int from, int to, List<String> answers) {
    }

    final List<String> ids = new ArrayList<>();
    final Map<String, Integer> index = new HashMap<>();
    final List<Link> forward = new ArrayList<>();
    final List<Link> back = new ArrayList<>();
    final int start;

    private TreeGraph(DecisionTree tree) {
        for (DecisionNode node : tree.nodes()) {
            if (!index.containsKey(node.id())) {
                index.put(node.id(), ids.size());
                ids.add(node.id());
            }
        }
        start = index.getOrDefault(tree.start(), 0);
        List<Link> all = links(tree);
        boolean[] isBack = backLinks(all);
        for (int i = 0; i < all.size(); i++) {
            (isBack[i] ? back : forward).add(all.get(i));
        }
    }

    static TreeGraph of(DecisionTree tree) {
        return new TreeGraph(tree);
    }

    int size() {
        return ids.size();
    }

    private List<Link> links(DecisionTree tree) {
        List<Link> links = new ArrayList<>();
        for (DecisionNode node : tree.nodes()) {
            int from = index.get(node.id());
            Map<Integer, List<String>> byTarget = new LinkedHashMap<>();
            for (Answer answer : node.answers()) {
                Integer to = answer.next() == null ? null : index.get(answer.next());
                if (to != null) {
                    byTarget.computeIfAbsent(to, t -> new ArrayList<>()).add(answer.id());
                }
            }
            Integer next = node.next() == null ? null : index.get(node.next());
            if (next != null) {
                byTarget.putIfAbsent(next, new ArrayList<>());
            }
            // a reassess node's exit once recovered (its next is the exit at the limit)
            Integer recovered = node.recovered() == null ? null : index.get(node.recovered());
            if (recovered != null) {
                byTarget.putIfAbsent(recovered, new ArrayList<>());
            }
            byTarget.forEach((to, answers) -> links.add(new Link(from, to, List.copyOf(answers))));
        }
        return links;
    }

    /** Marks the links that close a cycle, by depth-first search from the start, then from every unvisited node. */
    private boolean[] backLinks(List<Link> links) {
        List<List<Integer>> outgoing = new ArrayList<>();
        for (int i = 0; i < size(); i++) {
            outgoing.add(new ArrayList<>());
        }
        for (int i = 0; i < links.size(); i++) {
            outgoing.get(links.get(i).from()).add(i);
        }
        boolean[] isBack = new boolean[links.size()];
        int[] state = new int[size()];
        List<Integer> roots = new ArrayList<>();
        roots.add(start);
        for (int i = 0; i < size(); i++) {
            roots.add(i);
        }
        for (int root : roots) {
            if (state[root] != 0) {
                continue;
            }
            Deque<int[]> stack = new ArrayDeque<>();
            stack.push(new int[] {root, 0});
            state[root] = 1;
            while (!stack.isEmpty()) {
                int[] top = stack.peek();
                List<Integer> out = outgoing.get(top[0]);
                if (top[1] == out.size()) {
                    state[top[0]] = 2;
                    stack.pop();
                    continue;
                }
                int link = out.get(top[1]++);
                int to = links.get(link).to();
                if (state[to] == 1) {
                    isBack[link] = true;
                } else if (state[to] == 0) {
                    state[to] = 1;
                    stack.push(new int[] {to, 0});
                }
            }
        }
        return isBack;
    }

    /** Each node's layer: the longest forward path to it from a node nothing leads to, so every forward link points down. */
    int[] layers() {
        int[] incoming = new int[size()];
        List<List<Integer>> successors = new ArrayList<>();
        for (int i = 0; i < size(); i++) {
            successors.add(new ArrayList<>());
        }
        for (Link link : forward) {
            incoming[link.to()]++;
            successors.get(link.from()).add(link.to());
        }
        int[] layer = new int[size()];
        Deque<Integer> ready = new ArrayDeque<>();
        for (int i = 0; i < size(); i++) {
            if (incoming[i] == 0) {
                ready.add(i);
            }
        }
        while (!ready.isEmpty()) {
            int node = ready.poll();
            for (int next : successors.get(node)) {
                layer[next] = Math.max(layer[next], layer[node] + 1);
                if (--incoming[next] == 0) {
                    ready.add(next);
                }
            }
        }
        return layer;
    }
}

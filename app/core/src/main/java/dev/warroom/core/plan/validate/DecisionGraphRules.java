package dev.warroom.core.plan.validate;

import dev.warroom.core.plan.model.Answer;
import dev.warroom.core.plan.model.DecisionNode;
import dev.warroom.core.plan.model.Procedure;
import dev.warroom.core.plan.model.Scenario;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The decision tree as a graph: no cycles, every node reachable from the start or a scenario's
 * entry, every procedure run by some node. Walks iteratively, so a huge tree cannot overflow the stack.
 */
final class DecisionGraphRules implements PlanRule {

    private static final int LONGEST_CYCLE_SHOWN = 12;

    /** A reference from one node to another, and where it is written. */
    private record Edge(int to, String pointer) {
    }

    @Override
    public void check(PlanIndex index, List<Finding> findings) {
        List<Located<DecisionNode>> nodes = index.nodes();
        Map<String, Integer> firstIndex = new HashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            firstIndex.putIfAbsent(nodes.get(i).value().id(), i);
        }
        List<List<Edge>> edges = new ArrayList<>(nodes.size());
        for (Located<DecisionNode> node : nodes) {
            edges.add(edgesOf(node, firstIndex));
        }
        reportCycles(nodes, edges, findings);
        reportUnreachable(index, firstIndex, edges, findings);
        reportIdleProcedures(index, findings);
    }

    private static List<Edge> edgesOf(Located<DecisionNode> node, Map<String, Integer> firstIndex) {
        List<Edge> out = new ArrayList<>();
        List<Located<Answer>> answers = PlanIndex.locate(node.value().answers(), node.at("answers"));
        for (Located<Answer> answer : answers) {
            Integer to = answer.value().next() == null ? null : firstIndex.get(answer.value().next());
            if (to != null) {
                out.add(new Edge(to, answer.at("next")));
            }
        }
        Integer next = node.value().next() == null ? null : firstIndex.get(node.value().next());
        if (next != null) {
            out.add(new Edge(next, node.at("next")));
        }
        // a reassess node's second exit: it leaves by recovered or by next, never back to itself
        Integer recovered = node.value().recovered() == null ? null : firstIndex.get(node.value().recovered());
        if (recovered != null) {
            out.add(new Edge(recovered, node.at("recovered")));
        }
        return out;
    }

    private static void reportCycles(List<Located<DecisionNode>> nodes, List<List<Edge>> edges, List<Finding> findings) {
        int[] state = new int[nodes.size()]; // 0 unseen, 1 on the current path, 2 done
        for (int root = 0; root < nodes.size(); root++) {
            if (state[root] != 0) {
                continue;
            }
            Deque<int[]> path = new ArrayDeque<>(); // {node, next edge to follow}
            path.push(new int[] {root, 0});
            state[root] = 1;
            while (!path.isEmpty()) {
                int[] frame = path.peek();
                List<Edge> out = edges.get(frame[0]);
                if (frame[1] == out.size()) {
                    state[frame[0]] = 2;
                    path.pop();
                    continue;
                }
                Edge edge = out.get(frame[1]++);
                if (state[edge.to()] == 0) {
                    state[edge.to()] = 1;
                    path.push(new int[] {edge.to(), 0});
                } else if (state[edge.to()] == 1) {
                    findings.add(Finding.error(edge.pointer(), "cycle in the decision tree: " + describeCycle(nodes, path, edge.to())));
                }
            }
        }
    }

    /** {@code a → b → a}: the path from {@code to} down to the current node, and back to {@code to}. */
    private static String describeCycle(List<Located<DecisionNode>> nodes, Deque<int[]> path, int to) {
        List<String> ids = new ArrayList<>();
        var frames = path.descendingIterator();
        boolean inCycle = false;
        while (frames.hasNext()) {
            int node = frames.next()[0];
            inCycle |= node == to;
            if (inCycle) {
                ids.add(nodes.get(node).value().id());
            }
        }
        ids.add(nodes.get(to).value().id());
        if (ids.size() > LONGEST_CYCLE_SHOWN) {
            int hidden = ids.size() - LONGEST_CYCLE_SHOWN;
            List<String> shown = new ArrayList<>(ids.subList(0, LONGEST_CYCLE_SHOWN - 3));
            shown.add("… " + hidden + " more");
            shown.addAll(ids.subList(ids.size() - 3, ids.size()));
            ids = shown;
        }
        return String.join(" → ", ids);
    }

    private static void reportUnreachable(PlanIndex index, Map<String, Integer> firstIndex, List<List<Edge>> edges,
            List<Finding> findings) {
        Deque<Integer> todo = new ArrayDeque<>();
        String start = index.plan().decisionTree() == null ? null : index.plan().decisionTree().start();
        if (start != null && firstIndex.containsKey(start)) {
            todo.add(firstIndex.get(start));
        }
        for (Located<Scenario> scenario : index.scenarios()) {
            String entry = scenario.value().entry();
            if (entry != null && firstIndex.containsKey(entry)) {
                todo.add(firstIndex.get(entry));
            }
        }
        if (todo.isEmpty()) {
            return; // no valid start: reported by DecisionTreeRules, and every node would be unreachable
        }
        Set<Integer> reached = new HashSet<>();
        while (!todo.isEmpty()) {
            int node = todo.poll();
            if (reached.add(node)) {
                edges.get(node).forEach(e -> todo.add(e.to()));
            }
        }
        List<Located<DecisionNode>> nodes = index.nodes();
        for (int i = 0; i < nodes.size(); i++) {
            boolean duplicate = firstIndex.get(nodes.get(i).value().id()) != i;
            if (!reached.contains(i) && !duplicate) {
                findings.add(Finding.error(nodes.get(i).at("id"), "node '" + nodes.get(i).value().id()
                        + "' is unreachable from the start node or any scenario entry"));
            }
        }
    }

    private static void reportIdleProcedures(PlanIndex index, List<Finding> findings) {
        Set<String> run = index.nodes().stream()
                .map(n -> n.value().procedure())
                .filter(p -> p != null)
                .collect(Collectors.toSet());
        for (Located<Procedure> procedure : index.procedures()) {
            if (!run.contains(procedure.value().id())) {
                findings.add(Finding.error(procedure.at("id"), "procedure '" + procedure.value().id()
                        + "' is never reached from the decision tree: no procedure node names it"));
            }
        }
    }
}

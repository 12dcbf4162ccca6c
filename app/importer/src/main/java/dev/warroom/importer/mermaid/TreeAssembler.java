package dev.warroom.importer.mermaid;

import dev.warroom.importer.ImportWarning;
import dev.warroom.importer.words.ImportText;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns an acyclic flowchart into {@code decisionTree.nodes}: a decision box with labelled arrows is a question; a run
 * of action boxes one after the other is one procedure node (the boxes are its steps); a box that waits is a wait
 * node; a box where the arrows stop is followed by an end node; a circle or stadium where they stop is an end.
 */
final class TreeAssembler {

    static final String DEFAULT_WAIT = "15m";

    private final DraftGraph graph;
    private final Labels labels;
    private final List<ImportWarning> warnings;
    private final Map<String, String> nodeIds = new HashMap<>();
    private final Set<String> usedNodeIds = new HashSet<>();
    private final Map<String, String> procedureIdsByTitle = new HashMap<>();
    private final Set<String> usedProcedureIds = new HashSet<>();
    private final Map<String, List<String>> procedureSteps = new LinkedHashMap<>();
    private final List<Map<String, Object>> nodes = new ArrayList<>();
    private final Map<String, List<DraftGraph.Box>> parents = new HashMap<>();
    private final Set<String> consumed = new HashSet<>();
    private final Deque<DraftGraph.Box> queue = new ArrayDeque<>();
    private final Set<String> queued = new HashSet<>();

    private TreeAssembler(DraftGraph graph, Labels labels, List<ImportWarning> warnings) {
        this.graph = graph;
        this.labels = labels;
        this.warnings = warnings;
    }

    static TreeDraft assemble(DraftGraph graph, String start, Labels labels, List<ImportWarning> warnings) {
        return new TreeAssembler(graph, labels, warnings).run(start);
    }

    private TreeDraft run(String startKey) {
        graph.boxes().values().forEach(box -> box.out.forEach(l -> parents.computeIfAbsent(l.to(), k -> new ArrayList<>()).add(box)));
        DraftGraph.Box start = graph.box(startKey);
        String notes = null;
        if (!start.question() && start.reassess == null && start.out.size() == 1 && graph.box(start.out.get(0).to()).question()) {
            notes = start.label;
            start = graph.box(start.out.get(0).to());
        }
        enqueue(start);
        while (!queue.isEmpty()) {
            DraftGraph.Box box = queue.poll();
            if (!consumed.contains(box.key)) {
                emit(box);
            }
        }
        if (notes != null && !nodes.isEmpty()) {
            nodes.get(0).put("notes", notes);
        }
        int decisions = (int) graph.boxes().values().stream().filter(DraftGraph.Box::question).count();
        return new TreeDraft(id(start), nodes, List.copyOf(procedureSteps.keySet()), warnings, procedureSteps, decisions);
    }

    /** Adds the box's node before any end node made while building it, so the tree reads top-down. */
    private void emit(DraftGraph.Box box) {
        int at = nodes.size();
        nodes.add(at, build(box));
    }

    private Map<String, Object> build(DraftGraph.Box box) {
        if (box.end) {
            return node(box, "end");
        } else if (box.reassess != null) {
            Map<String, Object> node = node(box, "reassess");
            node.put("every", box.reassess.every());
            node.put("limit", box.reassess.limit());
            node.put("recovered", target(box.reassess.recovered()));
            node.put("next", target(box.reassess.next()));
            return node;
        } else if (box.question() && box.out.isEmpty()) {
            warnings.add(new ImportWarning(box.line, 0, ImportText.of("warning.question-no-arrows", box.label)));
            return node(box, "end");
        } else if (box.question() || box.out.size() > 1) {
            if (!box.question()) {
                warnings.add(new ImportWarning(box.line, 0, ImportText.of("warning.box-as-question", box.label)));
            }
            return question(box);
        } else if (Labels.waiting(box.label)) {
            return waitNode(box);
        } else if (box.out.isEmpty() && (box.shape == Flowchart.Shape.CIRCLE || box.shape == Flowchart.Shape.STADIUM)) {
            return node(box, "end");
        }
        return procedure(box);
    }

    private Map<String, Object> question(DraftGraph.Box box) {
        Map<String, Object> node = node(box, "question");
        node.put("question", box.label);
        List<Map<String, Object>> answers = new ArrayList<>();
        Set<String> answerIds = new HashSet<>();
        for (DraftGraph.Link link : box.out) {
            DraftGraph.Box to = graph.box(link.to());
            String label = link.label();
            if (label == null) {
                label = to.label;
                warnings.add(new ImportWarning(link.line(), 0, ImportText.of("warning.arrow-no-label", box.label, to.label)));
            }
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("id", unique(labels.answerId(label), answerIds));
            answer.put("label", label);
            answer.put("next", target(link.to()));
            answers.add(answer);
        }
        node.put("answers", answers);
        return node;
    }

    private Map<String, Object> waitNode(DraftGraph.Box box) {
        Map<String, Object> node = node(box, "wait");
        List<DraftGraph.Box> from = parents.getOrDefault(box.key, List.of());
        String arrowLabel = from.size() == 1 ? from.get(0).out.stream().filter(l -> l.to().equals(box.key)).map(DraftGraph.Link::label)
                .filter(l -> l != null).findFirst().orElse(null) : null;
        String duration = Labels.duration(box.label).or(() -> Labels.duration(arrowLabel)).orElse(null);
        if (duration == null) {
            duration = DEFAULT_WAIT;
            warnings.add(new ImportWarning(box.line, 0, ImportText.of("warning.wait-default", box.label, DEFAULT_WAIT)));
        }
        node.put("duration", duration);
        if (box.out.size() == 1) {
            node.put("next", target(box.out.get(0).to()));
        } else {
            String sibling = otherAnswer(box, from);
            if (sibling != null) {
                node.put("next", target(sibling));
                warnings.add(new ImportWarning(box.line, 0, ImportText.of("warning.goes-on-to", box.label, graph.box(sibling).label)));
            } else {
                node.put("next", endAfter(box));
            }
        }
        return node;
    }

    /** The other answer of the two-answer question that leads here, when it cannot lead back here. */
    private String otherAnswer(DraftGraph.Box box, List<DraftGraph.Box> from) {
        if (from.size() != 1 || !from.get(0).question() || from.get(0).out.size() != 2) {
            return null;
        }
        String other = from.get(0).out.stream().map(DraftGraph.Link::to).filter(k -> !k.equals(box.key)).findFirst().orElse(null);
        return other == null || reaches(other, box.key) ? null : other;
    }

    private boolean reaches(String fromKey, String toKey) {
        Deque<String> todo = new ArrayDeque<>(List.of(fromKey));
        Set<String> seen = new HashSet<>();
        while (!todo.isEmpty()) {
            String key = todo.poll();
            if (key.equals(toKey)) {
                return true;
            }
            if (seen.add(key)) {
                graph.box(key).out.forEach(l -> todo.add(l.to()));
            }
        }
        return false;
    }

    private Map<String, Object> procedure(DraftGraph.Box head) {
        List<String> steps = new ArrayList<>(List.of(head.label));
        DraftGraph.Box last = head;
        while (last.out.size() == 1) {
            DraftGraph.Box next = graph.box(last.out.get(0).to());
            if (!chainable(next)) {
                break;
            }
            steps.add(next.label);
            consumed.add(next.key);
            last = next;
        }
        String procedureId = procedureIdsByTitle.computeIfAbsent(head.label,
                title -> unique(labels.id(title, head.key), usedProcedureIds));
        procedureSteps.putIfAbsent(procedureId, List.copyOf(steps));
        Map<String, Object> node = node(head, "procedure");
        node.put("procedure", procedureId);
        node.put("next", last.out.size() == 1 ? target(last.out.get(0).to()) : endAfter(head));
        return node;
    }

    private boolean chainable(DraftGraph.Box box) {
        boolean terminalEnd = box.out.isEmpty() && (box.shape == Flowchart.Shape.CIRCLE || box.shape == Flowchart.Shape.STADIUM);
        return box.in == 1 && !box.question() && box.reassess == null && !box.end && !Labels.waiting(box.label)
                && box.out.size() <= 1 && !terminalEnd && !consumed.contains(box.key) && !queued.contains(box.key);
    }

    /** An end node closing the path after this box. */
    private String endAfter(DraftGraph.Box box) {
        String id = unique(id(box) + "-done", usedNodeIds);
        Map<String, Object> end = new LinkedHashMap<>();
        end.put("id", id);
        end.put("type", "end");
        end.put("title", box.label);
        nodes.add(end);
        return id;
    }

    private String target(String key) {
        enqueue(graph.box(key));
        return id(graph.box(key));
    }

    private void enqueue(DraftGraph.Box box) {
        if (queued.add(box.key)) {
            queue.add(box);
        }
    }

    private Map<String, Object> node(DraftGraph.Box box, String type) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("id", id(box));
        node.put("type", type);
        node.put("title", box.label);
        return node;
    }

    private String id(DraftGraph.Box box) {
        return nodeIds.computeIfAbsent(box.key, key -> unique(labels.id(box.label, key.replace('~', '-')), usedNodeIds));
    }

    private static String unique(String id, Set<String> used) {
        String candidate = id;
        for (int n = 2; used.contains(candidate); n++) {
            candidate = id + "-" + n;
        }
        used.add(candidate);
        return candidate;
    }
}

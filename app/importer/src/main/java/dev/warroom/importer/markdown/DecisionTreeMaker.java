package dev.warroom.importer.markdown;

import dev.warroom.importer.mermaid.TreeDraft;
import dev.warroom.importer.words.ImportText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The draft's decision tree: the document's flowchart where it has one, and a first question that leads to every
 * procedure the flowchart does not name, so that each procedure is reachable (the plan requires it).
 */
final class DecisionTreeMaker {

    private final PlanDraft draft;

    DecisionTreeMaker(PlanDraft draft) {
        this.draft = draft;
    }

    @SuppressWarnings("unchecked")
    /** @param flowchartPlace how many procedures came before the flowchart in the document: its own ones go there */
    Map<String, Object> make(TreeDraft flowchart, int flowchartLine, int flowchartPlace, List<FurtherFlowchart> further) {
        List<Map<String, Object>> nodes = new ArrayList<>();
        Set<String> named = new HashSet<>();
        int inserted = 0;
        if (flowchart != null) {
            inserted = addFlowchart(flowchart, flowchartLine, flowchartPlace, nodes, named, Map.of());
        }
        List<String> furtherStarts = new ArrayList<>();
        for (FurtherFlowchart next : further) {
            Map<String, String> renamed = new HashMap<>();
            for (Map<String, Object> node : next.tree().nodes()) {
                String id = String.valueOf(node.get("id"));
                renamed.put(id, draft.ids.claim("node", id));
            }
            inserted += addFlowchart(next.tree(), next.line(), next.proceduresBefore() + inserted, nodes, named, renamed);
            furtherStarts.add(renamed.get(next.tree().start()));
        }
        List<Map<String, Object>> unnamed = draft.procedures.stream().filter(p -> !named.contains(String.valueOf(p.get("id")))).toList();
        if (unnamed.isEmpty() && further.isEmpty() && flowchart != null) {
            return tree(flowchart.start(), nodes);
        }
        String end = draft.ids.claim("node", "done");
        List<Map<String, Object>> answers = new ArrayList<>();
        String question = draft.ids.claim("node", "choose-procedure");
        if (flowchart != null) {
            answers.add(answer(question, "flowchart", "Follow the document's decision flowchart", flowchart.start()));
        }
        for (int i = 0; i < further.size(); i++) {
            String heading = further.get(i).heading();
            answers.add(answer(question, heading, "Follow the flowchart under " + heading, furtherStarts.get(i)));
        }
        for (Map<String, Object> procedure : unnamed) {
            String node = draft.ids.claim("node", "run-" + procedure.get("id"));
            Map<String, Object> run = new LinkedHashMap<>();
            run.put("id", node);
            run.put("type", "procedure");
            run.put("title", procedure.get("title"));
            run.put("procedure", procedure.get("id"));
            run.put("next", end);
            nodes.add(run);
            answers.add(answer(question, String.valueOf(procedure.get("id")), String.valueOf(procedure.get("title")), node));
        }
        if (!unnamed.isEmpty() || answers.isEmpty()) {
            Map<String, Object> done = new LinkedHashMap<>();
            done.put("id", end);
            done.put("type", "end");
            done.put("title", "Done");
            nodes.add(done);
        }
        if (answers.isEmpty()) {
            return tree(end, nodes);
        }
        Map<String, Object> choose = new LinkedHashMap<>();
        choose.put("id", question);
        choose.put("type", "question");
        choose.put("title", "Which procedure?");
        choose.put("question", "Which of the document's procedures does this incident need?");
        choose.put("answers", answers);
        choose.put("notes", "Drafted by warroom import: the document names no decision between its procedures.");
        nodes.add(0, choose);
        if (!unnamed.isEmpty()) {
            draft.warn(0, "warning.drafted-question", unnamed.size());
        }
        return tree(question, nodes);
    }

    /**
     * Adds a flowchart's nodes (ids renamed where {@code renamed} says, references too) and drafts the procedures it names
     * that the document does not describe, at its place; returns how many procedures it inserted.
     */
    @SuppressWarnings("unchecked")
    private int addFlowchart(TreeDraft flowchart, int line, int place, List<Map<String, Object>> nodes, Set<String> named,
            Map<String, String> renamed) {
        for (Map<String, Object> node : flowchart.nodes()) {
            Map<String, Object> copy = new LinkedHashMap<>(node);
            for (String key : List.of("id", "next", "recovered")) {
                if (copy.get(key) instanceof String id && renamed.containsKey(id)) {
                    copy.put(key, renamed.get(id));
                }
            }
            if (copy.get("answers") instanceof List<?> answers) {
                copy.put("answers", answers.stream().map(a -> {
                    Map<String, Object> answer = new LinkedHashMap<>((Map<String, Object>) a);
                    if (answer.get("next") instanceof String id && renamed.containsKey(id)) {
                        answer.put("next", renamed.get(id));
                    }
                    return answer;
                }).toList());
            }
            nodes.add(copy);
            if (renamed.isEmpty()) {
                draft.ids.claim("node", String.valueOf(node.get("id")));
            }
        }
        named.addAll(flowchart.procedures());
        int at = Math.min(place, draft.procedures.size());
        int inserted = 0;
        for (String procedureId : flowchart.procedures()) {
            boolean exists = draft.procedures.stream().anyMatch(p -> procedureId.equals(p.get("id")));
            if (!exists) {
                draft.procedures.add(at + inserted++, placeholderProcedure(procedureId,
                        flowchart.procedureSteps().getOrDefault(procedureId, List.of()), line));
            }
        }
        return inserted;
    }

    private Map<String, Object> answer(String question, String words, String label, String next) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("id", draft.ids.allocate("answer:" + question, words, "answer"));
        answer.put("label", label);
        answer.put("next", next);
        return answer;
    }

    /** A procedure the flowchart names and the document does not describe: its boxes as manual steps. */
    private Map<String, Object> placeholderProcedure(String id, List<String> boxes, int line) {
        Map<String, Object> procedure = new LinkedHashMap<>();
        procedure.put("id", draft.ids.claim("procedure", id));
        procedure.put("title", boxes.isEmpty() ? id : boxes.get(0));
        List<Map<String, Object>> steps = new ArrayList<>();
        for (String box : boxes.isEmpty() ? List.of("(to fill) the steps of " + id) : boxes) {
            Map<String, Object> step = new LinkedHashMap<>();
            step.put("id", draft.ids.allocate("step:" + id, box, "step"));
            step.put("type", "manual");
            step.put("title", draft.text(box, line));
            steps.add(step);
        }
        procedure.put("steps", steps);
        draft.warn(line, "warning.procedure-from-boxes", id);
        return procedure;
    }

    private static Map<String, Object> tree(String start, List<Map<String, Object>> nodes) {
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("start", start);
        tree.put("nodes", nodes);
        return tree;
    }
}

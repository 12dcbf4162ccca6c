package dev.warroom.importer.mermaid;

import dev.warroom.importer.ImportWarning;
import dev.warroom.importer.words.ImportText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads a mermaid flowchart into a decision-tree draft: parse, pick the start (the first box nothing leads to), break
 * loops (a wait-and-check-again loop becomes a reassess node), leave out what the start does not reach, and assemble
 * the nodes. Never throws: what it cannot read is a warning at its document line.
 */
public final class MermaidFlowchartReader implements FlowchartReader {

    private final Labels labels = new Labels();

    @Override
    public TreeDraft read(String source, int firstLine) {
        List<ImportWarning> warnings = new ArrayList<>();
        try {
            Flowchart chart = FlowchartParser.parse(source, firstLine, warnings);
            if (chart.size() == 0) {
                warnings.add(new ImportWarning(firstLine, 0, ImportText.of("warning.mermaid-no-boxes")));
                return new TreeDraft("", List.of(), List.of(), warnings);
            }
            DraftGraph graph = DraftGraph.of(chart);
            String start = start(graph, firstLine, warnings);
            CycleBreaker.breakCycles(graph, start, warnings);
            leaveOutUnreached(graph, start, warnings);
            TreeDraft draft = TreeAssembler.assemble(graph, start, labels, warnings);
            if (!draft.looksLikeDecisionTree()) {
                warnings.add(new ImportWarning(firstLine, 0, ImportText.of("warning.mermaid-no-decision")));
            }
            return new TreeDraft(draft.start(), draft.nodes(), draft.procedures(), warnings, draft.procedureSteps(), draft.decisionBoxes());
        } catch (RuntimeException | StackOverflowError e) {
            warnings.add(new ImportWarning(firstLine, 0, ImportText.of("warning.mermaid-unreadable", e.getClass().getSimpleName())));
            return new TreeDraft("", List.of(), List.of(), warnings, Map.of(), 0);
        }
    }

    /** The first box nothing leads to; the first box when every box is in a loop. */
    private static String start(DraftGraph graph, int firstLine, List<ImportWarning> warnings) {
        return graph.boxes().values().stream().filter(box -> box.in == 0).map(box -> box.key).findFirst().orElseGet(() -> {
            DraftGraph.Box first = graph.boxes().values().iterator().next();
            warnings.add(new ImportWarning(first.line, 0, ImportText.of("warning.mermaid-no-start", first.label)));
            return first.key;
        });
    }

    private static void leaveOutUnreached(DraftGraph graph, String start, List<ImportWarning> warnings) {
        java.util.Set<String> reached = new java.util.HashSet<>();
        java.util.Deque<String> todo = new java.util.ArrayDeque<>(List.of(start));
        while (!todo.isEmpty()) {
            String key = todo.poll();
            if (reached.add(key)) {
                graph.box(key).out.forEach(l -> todo.add(l.to()));
            }
        }
        List<DraftGraph.Box> unreached = graph.boxes().values().stream().filter(box -> !reached.contains(box.key)).toList();
        if (unreached.isEmpty()) {
            return;
        }
        unreached.forEach(box -> box.out.forEach(l -> graph.box(l.to()).in--));
        unreached.forEach(box -> graph.boxes().remove(box.key));
        DraftGraph.Box first = unreached.get(0);
        warnings.add(new ImportWarning(first.line, 0, ImportText.of("warning.mermaid-unreached", unreached.size(), graph.box(start).label, first.label)));
    }
}

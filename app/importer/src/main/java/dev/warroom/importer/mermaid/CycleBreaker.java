package dev.warroom.importer.mermaid;

import dev.warroom.importer.ImportWarning;
import dev.warroom.importer.words.ImportText;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Makes the graph acyclic, as a plan's decision tree must be. A loop that waits or watches and then checks again
 * becomes one reassess node (every and limit defaulted, with a warning to review them); any other edge that closes
 * a loop is left out, with a warning. Iterative, so a chain of any depth is safe.
 */
final class CycleBreaker {

    static final String DEFAULT_EVERY = "5m";
    static final String DEFAULT_LIMIT = "30m";

    private record BackEdge(DraftGraph.Box from, DraftGraph.Link link, List<DraftGraph.Box> path) {
    }

    private CycleBreaker() {
    }

    static void breakCycles(DraftGraph graph, String start, List<ImportWarning> warnings) {
        for (BackEdge back : backEdges(graph, start)) {
            if (!back.from().out.contains(back.link())) {
                continue;
            }
            if (waitLoop(back)) {
                reassess(graph, back, warnings);
            } else {
                drop(graph, back, warnings);
            }
        }
        for (int pass = 0; pass < 100; pass++) {
            List<BackEdge> left = backEdges(graph, start);
            if (left.isEmpty()) {
                return;
            }
            left.stream().filter(b -> b.from().out.contains(b.link())).forEach(b -> drop(graph, b, warnings));
        }
    }

    private static List<BackEdge> backEdges(DraftGraph graph, String start) {
        List<BackEdge> found = new ArrayList<>();
        Map<String, Integer> state = new HashMap<>();
        Deque<int[]> positions = new ArrayDeque<>();
        List<DraftGraph.Box> path = new ArrayList<>();
        Map<String, Integer> depth = new HashMap<>();
        DraftGraph.Box first = graph.box(start);
        if (first == null) {
            return found;
        }
        path.add(first);
        positions.push(new int[] {0});
        state.put(first.key, 1);
        depth.put(first.key, 0);
        while (!path.isEmpty()) {
            DraftGraph.Box box = path.get(path.size() - 1);
            int[] next = positions.peek();
            if (next[0] < box.out.size()) {
                DraftGraph.Link link = box.out.get(next[0]++);
                DraftGraph.Box target = graph.box(link.to());
                int seen = state.getOrDefault(target.key, 0);
                if (seen == 0) {
                    state.put(target.key, 1);
                    depth.put(target.key, path.size());
                    path.add(target);
                    positions.push(new int[] {0});
                } else if (seen == 1) {
                    found.add(new BackEdge(box, link, List.copyOf(path.subList(depth.get(target.key), path.size()))));
                }
            } else {
                state.put(box.key, 2);
                path.remove(path.size() - 1);
                positions.pop();
            }
        }
        return found;
    }

    private static boolean waitLoop(BackEdge back) {
        return Labels.watching(back.link().label()) || back.path().stream().anyMatch(box -> Labels.watching(box.label));
    }

    private static void reassess(DraftGraph graph, BackEdge back, List<ImportWarning> warnings) {
        DraftGraph.Box asked = back.path().get(0);
        DraftGraph.Box from = back.from();
        Set<String> onLoop = new HashSet<>();
        back.path().forEach(box -> onLoop.add(box.key));
        List<DraftGraph.Link> exits = new ArrayList<>(asked.out.stream().filter(l -> !onLoop.contains(l.to())).toList());
        exits.sort((a, b) -> Boolean.compare(Labels.negative(a.label()), Labels.negative(b.label())));
        DraftGraph.Box waiting = back.path().stream().filter(box -> Labels.watching(box.label)).reduce((a, b) -> b).orElse(from);
        String title = Labels.watching(waiting.label) ? waiting.label : asked.label;
        String every = back.path().stream().map(box -> Labels.duration(box.label)).flatMap(Optional::stream).findFirst()
                .or(() -> Labels.duration(back.link().label())).orElse(DEFAULT_EVERY);
        String limit = Duration.ofMinutes(30).compareTo(parse(every)) >= 0 ? DEFAULT_LIMIT : every;

        graph.remove(from, back.link());
        DraftGraph.Box node;
        if (!from.question() && from != asked && Labels.watching(from.label) && from.reassess == null) {
            node = from;
        } else {
            node = graph.add(asked.key + "-recheck", title, Flowchart.Shape.OTHER, back.link().line());
            graph.link(from, node.key, back.link().label(), back.link().line());
        }
        List<String> forward = new ArrayList<>();
        node.out.forEach(l -> forward.add(l.to()));
        List<DraftGraph.Link> leaving = List.copyOf(node.out);
        leaving.forEach(l -> graph.remove(node, l));
        String recovered = exits.isEmpty() ? endNode(graph, "Recovered", back.link().line()).key : exits.get(0).to();
        String next = !forward.isEmpty() ? forward.get(0)
                : exits.size() > 1 ? exits.get(1).to()
                : endNode(graph, "Not recovered within the limit", back.link().line()).key;
        node.reassess = new DraftGraph.Reassess(recovered, next, every, limit);
        graph.link(node, recovered, null, back.link().line());
        if (!recovered.equals(next)) {
            graph.link(node, next, null, back.link().line());
        }
        warnings.add(new ImportWarning(back.link().line(), 0, ImportText.of("warning.loop-reassess", from.label, asked.label, title, every, limit)));
    }

    private static DraftGraph.Box endNode(DraftGraph graph, String title, int line) {
        DraftGraph.Box end = graph.add("end", title, Flowchart.Shape.CIRCLE, line);
        end.end = true;
        return end;
    }

    private static void drop(DraftGraph graph, BackEdge back, List<ImportWarning> warnings) {
        graph.remove(back.from(), back.link());
        DraftGraph.Reassess exits = back.from().reassess;
        if (exits != null) {
            DraftGraph.Box end = endNode(graph, "Not recovered within the limit", back.link().line());
            String dropped = back.link().to();
            back.from().reassess = new DraftGraph.Reassess(exits.recovered().equals(dropped) ? end.key : exits.recovered(),
                    exits.next().equals(dropped) ? end.key : exits.next(), exits.every(), exits.limit());
            graph.link(back.from(), end.key, null, back.link().line());
        }
        DraftGraph.Box to = graph.box(back.link().to());
        warnings.add(new ImportWarning(back.link().line(), 0, ImportText.of("warning.loop-left-out", back.from().label, to.label)));
    }

    private static Duration parse(String duration) {
        long amount = Long.parseLong(duration.substring(0, duration.length() - 1));
        return switch (duration.charAt(duration.length() - 1)) {
            case 's' -> Duration.ofSeconds(amount);
            case 'h' -> Duration.ofHours(amount);
            default -> Duration.ofMinutes(amount);
        };
    }
}

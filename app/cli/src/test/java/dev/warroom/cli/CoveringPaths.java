package dev.warroom.cli;

import dev.warroom.core.plan.model.Answer;
import dev.warroom.core.plan.model.DecisionNode;
import dev.warroom.core.plan.model.NodeType;
import dev.warroom.core.plan.model.Plan;
import dev.warroom.core.plan.model.Scenario;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A small set of routes through a plan's decision tree that, between them, take each answer of each question at least
 * once (not the cross product), and each reassess node's recovered exit (its other exit, the limit, is the autopilot's
 * when no signal says recovered). Each route scripts the answers from where its run enters the tree (the tree's start,
 * or its scenario's entry) to the answer it is there for; what comes after is left to the autopilot.
 */
final class CoveringPaths {

    /**
     * One run: the scenario it starts from (none: the tree's start in a healthy world), the answers it scripts, in
     * order, and the reassess node (if any) a person says has recovered at its first round.
     */
    record Route(Optional<String> scenario, Map<String, String> answers, Optional<String> recovered) {

        Route(Optional<String> scenario, Map<String, String> answers) {
            this(scenario, answers, Optional.empty());
        }

        String words() {
            Stream<String> taken = Stream.concat(answers.entrySet().stream().map(a -> a.getKey() + "=" + a.getValue()),
                    recovered.map(r -> r + " recovered").stream());
            return taken.collect(Collectors.joining(" → ")) + scenario.map(s -> ", from scenario " + s).orElse(", with no scenario");
        }
    }

    private record Entry(Optional<String> scenario, String node) {
    }

    private final Plan plan;
    private final Map<String, DecisionNode> nodes;

    private CoveringPaths(Plan plan) {
        this.plan = plan;
        this.nodes = plan.decisionTree().nodes().stream().collect(Collectors.toMap(DecisionNode::id, Function.identity()));
    }

    static List<Route> of(Plan plan) {
        return new CoveringPaths(plan).covering();
    }

    private List<Route> covering() {
        List<Entry> entries = new ArrayList<>();
        entries.add(new Entry(Optional.empty(), plan.decisionTree().start()));
        for (Scenario s : plan.scenarios()) {
            entries.add(new Entry(Optional.of(s.id()), s.entry() == null ? plan.decisionTree().start() : s.entry()));
        }
        Set<String> covered = new HashSet<>();
        List<Route> routes = new ArrayList<>();
        for (DecisionNode question : questionsDeepestFirst()) {
            for (Answer answer : question.answers()) {
                if (covered.contains(question.id() + "=" + answer.id())) {
                    continue;
                }
                Optional<Route> best = entries.stream()
                        .flatMap(e -> routeTo(e, question.id()).map(r -> withAnswer(r, question.id(), answer.id())).stream())
                        .max(Comparator.comparingInt((Route r) -> scenarioFits(r))
                                .thenComparing(r -> -r.answers().size())
                                .thenComparing(r -> r.scenario().isEmpty() ? 0 : -1));
                best.ifPresent(r -> {
                    routes.add(r);
                    r.answers().forEach((q, a) -> covered.add(q + "=" + a));
                });
            }
        }
        for (DecisionNode reassess : plan.decisionTree().nodes().stream().filter(n -> n.type() == NodeType.REASSESS).toList()) {
            entries.stream().flatMap(e -> routeTo(e, reassess.id()).stream())
                    .max(Comparator.comparingInt((Route r) -> scenarioFits(r)).thenComparing(r -> -r.answers().size()))
                    .ifPresent(r -> routes.add(new Route(r.scenario(), r.answers(), Optional.of(reassess.id()))));
        }
        return routes;
    }

    /** Deepest first, so the routes to deep answers take the shallow ones on their way. */
    private List<DecisionNode> questionsDeepestFirst() {
        Map<String, Integer> depth = new HashMap<>();
        Deque<String> queue = new ArrayDeque<>(List.of(plan.decisionTree().start()));
        plan.scenarios().stream().map(Scenario::entry).filter(e -> e != null).forEach(queue::add);
        queue.forEach(n -> depth.put(n, 0));
        while (!queue.isEmpty()) {
            String id = queue.poll();
            for (String next : following(id)) {
                if (!depth.containsKey(next)) {
                    depth.put(next, depth.get(id) + 1);
                    queue.add(next);
                }
            }
        }
        return plan.decisionTree().nodes().stream().filter(n -> n.type() == NodeType.QUESTION)
                .sorted(Comparator.comparingInt((DecisionNode n) -> -depth.getOrDefault(n.id(), 0)))
                .toList();
    }

    /** The shortest run of scripted answers from the entry to the node, if the node can be reached from there. */
    private Optional<Route> routeTo(Entry entry, String target) {
        Map<String, Map<String, String>> answersTo = new HashMap<>();
        answersTo.put(entry.node(), new LinkedHashMap<>());
        Deque<String> queue = new ArrayDeque<>(List.of(entry.node()));
        while (!queue.isEmpty()) {
            String id = queue.poll();
            if (id.equals(target)) {
                return Optional.of(new Route(entry.scenario(), answersTo.get(id)));
            }
            DecisionNode node = nodes.get(id);
            if (node == null) {
                continue;
            }
            for (String next : following(id)) {
                if (answersTo.containsKey(next)) {
                    continue;
                }
                Map<String, String> answers = new LinkedHashMap<>(answersTo.get(id));
                if (node.type() == NodeType.QUESTION) {
                    node.answers().stream().filter(a -> a.next().equals(next)).findFirst().ifPresent(a -> answers.put(id, a.id()));
                }
                answersTo.put(next, answers);
                queue.add(next);
            }
        }
        return Optional.empty();
    }

    private List<String> following(String id) {
        DecisionNode node = nodes.get(id);
        if (node == null) {
            return List.of();
        }
        List<String> next = new ArrayList<>();
        node.answers().forEach(a -> next.add(a.next()));
        if (node.next() != null) {
            next.add(node.next());
        }
        if (node.recovered() != null) {
            next.add(node.recovered());
        }
        return next;
    }

    private static Route withAnswer(Route route, String question, String answer) {
        Map<String, String> answers = new LinkedHashMap<>(route.answers());
        answers.put(question, answer);
        return new Route(route.scenario(), answers);
    }

    /**
     * How well the scenario fits the route's answers: an answer its id, type or severity names in full counts 2
     * (fault-type=cdn-failure, scenario cdn-failure; disaster-level=major, a major scenario), a word of one counts 1
     * (primary-status=data-damaged, scenario data-loss).
     */
    private int scenarioFits(Route route) {
        Optional<Scenario> scenario = route.scenario().flatMap(id -> plan.scenarios().stream().filter(s -> s.id().equals(id)).findFirst());
        if (scenario.isEmpty()) {
            return 0;
        }
        String names = String.join(" ", scenario.get().id(), String.valueOf(scenario.get().type()),
                String.valueOf(scenario.get().severity())).toLowerCase(Locale.ROOT);
        Set<String> words = new HashSet<>(List.of(names.split("[ -]")));
        int fits = 0;
        for (String answer : route.answers().values()) {
            String a = answer.toLowerCase(Locale.ROOT);
            if (a.length() > 2 && names.contains(a)) {
                fits += 2;
            } else if (Stream.of(a.split("-")).anyMatch(w -> w.length() > 3 && words.contains(w))) {
                fits += 1;
            }
        }
        return fits;
    }
}

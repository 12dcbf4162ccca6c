package dev.warroom.console.room.tree;

import dev.warroom.console.i18n.Messages;
import dev.warroom.console.lifecycle.Subscriptions;
import dev.warroom.console.room.model.RoomClock;
import dev.warroom.core.incident.IncidentState;
import dev.warroom.core.incident.PathEntry;
import dev.warroom.core.incident.SuggestedAnswer;
import dev.warroom.core.plan.model.Answer;
import dev.warroom.core.plan.model.DecisionNode;
import dev.warroom.core.plan.model.NodeType;
import dev.warroom.core.plan.model.Plan;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.scene.Group;
import javafx.scene.layout.Pane;

/**
 * The whole decision tree drawn from {@link TreeLayout}: node boxes over edge lines, sized in ems
 * so the projector theme's larger type still fits. {@link #show} marks the current node, the path
 * taken and the suggested answer.
 */
final class DecisionGraph extends Pane {


    private final Plan plan;
    private final Messages messages;
    private final Map<String, DecisionNode> nodes = new LinkedHashMap<>();
    private final Map<String, GraphNodeView> nodeViews = new LinkedHashMap<>();
    private final List<GraphEdgeView> edgeViews = new ArrayList<>();
    private final Group edgeLayer = new Group();
    private final Group nodeLayer = new Group();
    private TreeLayout.Result layout;
    private double em;
    private IncidentState shownState;
    private Optional<SuggestedAnswer> shownSuggestion = Optional.empty();

    DecisionGraph(Plan plan, Messages messages, Subscriptions subscriptions) {
        this.plan = plan;
        this.messages = messages;
        setId("tree-graph");
        getStyleClass().add(TreeStyles.GRAPH);
        plan.decisionTree().nodes().forEach(n -> nodes.put(n.id(), n));
        getChildren().addAll(edgeLayer, nodeLayer);
        subscriptions.onChange(messages.localeProperty(), this::describe);
    }

    /** Lays the tree out for type {@code emPixels} high; does nothing if it already is. */
    void build(double emPixels) {
        if (emPixels == em && layout != null) {
            return;
        }
        em = emPixels;
        layout = TreeLayout.of(plan.decisionTree(), new TreeLayout.Spacing(13 * em, 3.3 * em, 1.3 * em, 3.6 * em, 1.2 * em, em));
        nodeViews.clear();
        edgeViews.clear();
        layout.boxes().forEach((id, box) -> nodeViews.put(id, new GraphNodeView(nodes.get(id), box, messages)));
        Map<String, List<TreeLayout.Route>> bySource = layout.routes().stream()
                .collect(Collectors.groupingBy(TreeLayout.Route::from, LinkedHashMap::new, Collectors.toList()));
        bySource.values().forEach(routes -> {
            routes.sort(Comparator.comparingDouble(r -> r.points().get(1).x()));
            for (int i = 0; i < routes.size(); i++) {
                edgeViews.add(new GraphEdgeView(routes.get(i), 0.6 * em, i % 2 == 1));
            }
        });
        edgeLayer.getChildren().setAll(edgeViews);
        nodeLayer.getChildren().setAll(nodeViews.values());
        setMinSize(layout.width(), layout.height());
        setPrefSize(layout.width(), layout.height());
        setMaxSize(layout.width(), layout.height());
        describe();
        if (shownState != null) {
            show(shownState, shownSuggestion);
        }
    }

    boolean isBuilt() {
        return layout != null;
    }

    Optional<TreeLayout.Box> box(String nodeId) {
        return layout == null ? Optional.empty() : Optional.ofNullable(layout.boxes().get(nodeId));
    }

    double drawingWidth() {
        return layout == null ? 0 : layout.width();
    }

    double drawingHeight() {
        return layout == null ? 0 : layout.height();
    }

    /** Marks where the incident stands: the current node, what it passed through, the answer the signals suggest. */
    void show(IncidentState state, Optional<SuggestedAnswer> suggestion) {
        shownState = state;
        shownSuggestion = suggestion;
        TakenPath taken = TakenPath.of(state.path());
        String current = state.currentNode().orElse("");
        Optional<String> suggestedTarget = suggestion.filter(s -> s.node().equals(current))
                .flatMap(s -> answer(s.node(), s.answer())).map(Answer::next);
        nodeViews.forEach((id, view) -> view.mark(id.equals(current), taken.nodes().contains(id),
                suggestedTarget.filter(id::equals).isPresent()));
        for (GraphEdgeView edge : edgeViews) {
            TreeLayout.Route route = edge.route();
            edge.mark(taken.tookEdge(route.from(), route.to()),
                    route.from().equals(current) && suggestedTarget.filter(route.to()::equals).isPresent());
        }
        describe();
    }

    private Optional<Answer> answer(String nodeId, String answerId) {
        return Optional.ofNullable(nodes.get(nodeId)).flatMap(n -> n.answers().stream().filter(a -> a.id().equals(answerId)).findFirst());
    }

    /** Puts words on edges and nodes in the current language. */
    private void describe() {
        for (GraphEdgeView edge : edgeViews) {
            TreeLayout.Route route = edge.route();
            DecisionNode from = nodes.get(route.from());
            edge.setLabel(edgeLabel(from, route), edgeTooltip(from, route), 7.5 * em);
        }
        nodeViews.forEach((id, view) -> view.describe(nodeWords(view.node())));
    }

    private String edgeLabel(DecisionNode from, TreeLayout.Route route) {
        if (route.answers().isEmpty() && from.type() == NodeType.REASSESS) {
            return ReassessPanel.edgeLabel(from, route.to(), messages);
        }
        if (route.answers().isEmpty()) {
            return from.type() == NodeType.WAIT && from.duration() != null
                    ? messages.get("tree.edge.after", messages.duration(from.duration())) : messages.get("tree.edge.then");
        }
        return route.answers().stream().map(id -> (indexOf(from, id) + 1) + " " + answer(from.id(), id).map(Answer::label).orElse(id))
                .collect(Collectors.joining(" / "));
    }

    private String edgeTooltip(DecisionNode from, TreeLayout.Route route) {
        return route.answers().stream().map(id -> answer(from.id(), id).map(a -> (indexOf(from, a.id()) + 1) + "  " + a.label()
                + (a.labelEn() == null ? "" : " — " + a.labelEn())).orElse(id)).collect(Collectors.joining("\n"));
    }

    private static int indexOf(DecisionNode node, String answerId) {
        for (int i = 0; i < node.answers().size(); i++) {
            if (node.answers().get(i).id().equals(answerId)) {
                return i;
            }
        }
        return -1;
    }

    private String nodeWords(DecisionNode node) {
        StringBuilder words = new StringBuilder(messages.get("tree.kind." + node.type().name().toLowerCase(Locale.ROOT)))
                .append(": ").append(node.title());
        if (node.titleEn() != null) {
            words.append(" — ").append(node.titleEn());
        }
        if (node.question() != null) {
            words.append('\n').append(node.question());
            if (node.questionEn() != null) {
                words.append('\n').append(node.questionEn());
            }
        }
        if (node.type() == NodeType.WAIT && node.duration() != null) {
            words.append('\n').append(messages.get("tree.wait.length", messages.duration(node.duration())));
        }
        if (node.type() == NodeType.REASSESS && node.every() != null && node.limit() != null) {
            words.append('\n').append(messages.get("tree.reassess.length", messages.duration(node.every()), messages.duration(node.limit())));
        }
        if (node.notes() != null) {
            words.append('\n').append(node.notes());
        }
        if (shownState != null) {
            for (PathEntry entry : shownState.path()) {
                if (entry.node().equals(node.id()) && entry.answer().isPresent()) {
                    words.append('\n').append(messages.get("tree.answered", answer(node.id(), entry.answer().get()).map(Answer::label)
                            .orElse(entry.answer().get()), entry.actor().orElse("?"), entry.answeredAt().map(RoomClock::of).orElse("")));
                }
            }
        }
        return words.toString();
    }
}

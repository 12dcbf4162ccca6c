package dev.warroom.console.room.tree;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warroom.core.plan.model.Answer;
import dev.warroom.core.plan.model.DecisionNode;
import dev.warroom.core.plan.model.DecisionTree;
import dev.warroom.core.plan.model.NodeType;
import dev.warroom.core.plan.model.Plan;
import dev.warroom.core.plan.validate.PlanValidation;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The drawn tree reads top-down: every answer leads down, no box covers another, no edge runs through a box. */
class TreeLayoutTest {

    private static final TreeLayout.Spacing SPACING = new TreeLayout.Spacing(150, 50, 20, 48, 14, 10);
    private static DecisionTree aiWorkflow;

    @BeforeAll
    static void loadThePlan() {
        Path file = Path.of(System.getProperty("warroom.root", "../.."), "plans", "ai-workflow.yaml");
        Plan plan = new PlanValidation().validate(file).plan().orElseThrow();
        aiWorkflow = plan.decisionTree();
    }

    @Test
    void placesEveryNodeWithTheStartAloneOnTop() {
        TreeLayout.Result layout = TreeLayout.of(aiWorkflow, SPACING);

        assertThat(layout.boxes().keySet()).containsExactlyInAnyOrderElementsOf(
                aiWorkflow.nodes().stream().map(DecisionNode::id).toList());
        assertThat(layout.boxes().values().stream().filter(b -> b.layer() == 0).map(TreeLayout.Box::node))
                .containsExactly(aiWorkflow.start());
    }

    @Test
    void everyAnswerLeadsDownToTheNodeItNames() {
        TreeLayout.Result layout = TreeLayout.of(aiWorkflow, SPACING);

        for (DecisionNode node : aiWorkflow.nodes()) {
            for (Answer answer : node.answers()) {
                TreeLayout.Route route = routeOf(layout, node.id(), answer.next());
                assertThat(route.answers()).contains(answer.id());
                assertThat(layout.boxes().get(answer.next()).layer()).isGreaterThan(layout.boxes().get(node.id()).layer());
                assertThat(route.points().get(0).y()).isEqualTo(layout.boxes().get(node.id()).bottom());
                assertThat(route.points().get(route.points().size() - 1).y()).isEqualTo(layout.boxes().get(answer.next()).y());
            }
        }
    }

    @Test
    void noBoxOverlapsAnotherAndEveryBoxIsInsideTheDrawing() {
        TreeLayout.Result layout = TreeLayout.of(aiWorkflow, SPACING);
        List<TreeLayout.Box> boxes = List.copyOf(layout.boxes().values());

        for (int i = 0; i < boxes.size(); i++) {
            TreeLayout.Box a = boxes.get(i);
            assertThat(a.left()).isGreaterThanOrEqualTo(0);
            assertThat(a.left() + a.width()).isLessThanOrEqualTo(layout.width());
            assertThat(a.bottom()).isLessThanOrEqualTo(layout.height());
            for (int j = i + 1; j < boxes.size(); j++) {
                TreeLayout.Box b = boxes.get(j);
                boolean apart = a.layer() != b.layer() || Math.abs(a.x() - b.x()) >= SPACING.nodeWidth() + SPACING.columnGap() - 1e-6;
                assertThat(apart).as("%s and %s overlap", a.node(), b.node()).isTrue();
            }
        }
    }

    @Test
    void edgesThatSkipLayersBendAroundTheBoxesInBetween() {
        TreeLayout.Result layout = TreeLayout.of(aiWorkflow, SPACING);

        assertThat(layout.routes()).anyMatch(r -> r.points().size() > 2);
        for (TreeLayout.Route route : layout.routes()) {
            for (int i = 0; i + 1 < route.points().size(); i++) {
                TreeLayout.Point a = route.points().get(i);
                TreeLayout.Point b = route.points().get(i + 1);
                for (int k = 1; k < 20; k++) {
                    TreeLayout.Point p = new TreeLayout.Point(a.x() + (b.x() - a.x()) * k / 20, a.y() + (b.y() - a.y()) * k / 20);
                    assertThat(layout.boxes().values()).as("%s → %s", route.from(), route.to()).noneMatch(box -> box.contains(p));
                }
            }
        }
    }

    @Test
    void aChainOfQuestionsStacksStraightDown() {
        DecisionTree chain = new DecisionTree("a", List.of(question("a", "b"), question("b", "c"), end("c")));

        TreeLayout.Result layout = TreeLayout.of(chain, SPACING);

        Map<String, Double> x = layout.boxes().values().stream().collect(Collectors.toMap(TreeLayout.Box::node, TreeLayout.Box::x));
        assertThat(x.values()).containsOnly(x.get("a"));
        assertThat(layout.layers()).isEqualTo(3);
        assertThat(layout.height()).isEqualTo(3 * SPACING.nodeHeight() + 2 * SPACING.layerGap() + 2 * SPACING.margin());
    }

    @Test
    void aCycleInABrokenPlanIsDrawnBackwardsInsteadOfHangingTheLayout() {
        DecisionTree loop = new DecisionTree("a", List.of(question("a", "b"), question("b", "a")));

        TreeLayout.Result layout = TreeLayout.of(loop, SPACING);

        assertThat(layout.boxes().get("a").layer()).isZero();
        assertThat(layout.boxes().get("b").layer()).isEqualTo(1);
        assertThat(layout.routes()).filteredOn(TreeLayout.Route::backwards).extracting(TreeLayout.Route::from).containsExactly("b");
    }

    private static TreeLayout.Route routeOf(TreeLayout.Result layout, String from, String to) {
        return layout.routes().stream().filter(r -> r.from().equals(from) && r.to().equals(to)).findFirst().orElseThrow();
    }

    private static DecisionNode question(String id, String next) {
        return new DecisionNode(id, NodeType.QUESTION, id, null, id + "?", null, List.of(new Answer("go", "go", null, next)),
                List.of(), null, null, null, null, null, null, null, null);
    }

    private static DecisionNode end(String id) {
        return new DecisionNode(id, NodeType.END, id, null, null, null, List.of(), List.of(), null, null, null, null, null, null, null, null);
    }
}

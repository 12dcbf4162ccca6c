package dev.warroom.console.room.tree;

import static dev.warroom.console.room.procedure.WarRoomHarness.await;
import static dev.warroom.console.room.procedure.WarRoomHarness.awaitCurrentNode;
import static dev.warroom.console.room.procedure.WarRoomHarness.has;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warroom.console.room.procedure.WarRoomHarness;
import dev.warroom.console.room.procedure.WarRoomFixture;
import dev.warroom.core.plan.model.DecisionNode;
import dev.warroom.core.plan.validate.PlanValidation;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.junit.jupiter.api.Test;

/** The decision tree as the commander sees it on the AI Workflow plan's region-failure tabletop. */
class DecisionTreePaneTest extends WarRoomFixture {

    @Test
    void drawsEveryNodeOfTheTreeWithTheEntryQuestionCurrentAndInView() {
        WarRoomHarness.awaitRoom(this);
        awaitCurrentNode(this, "region-failure-detected");
        WarRoomHarness.screenshot(stage.getScene(), "tree-entry-question");

        List<String> planNodes = aiWorkflowNodes();
        assertThat(planNodes).hasSizeGreaterThanOrEqualTo(20);
        for (String id : planNodes) {
            Node node = lookup("#tree-node-" + id).query();
            assertThat(has(node, "current")).as(id).isEqualTo(id.equals("region-failure-detected"));
        }
        assertThat(lookup(".wr-tree-node").queryAll()).hasSize(planNodes.size());
        WarRoomHarness.awaitOnFx(() -> tree().viewport().shows("region-failure-detected"));
    }

    @Test
    void showsTheLiveSignalsSuggestionWithItsEvidence() {
        WarRoomHarness.awaitRoom(this);
        await(() -> lookup("#suggestion").tryQuery().isPresent());

        List<String> lines = lookup("#suggestion .label").<Label>queryAll().stream().map(Label::getText).toList();
        assertThat(lines.get(0)).isEqualTo("Live signals suggest 1: 已確認 · Confirmed");
        assertThat(lines).contains("Signal: Azure 服務健康通知 (East US) · Azure Service Health event on East US");
        assertThat(lines).anyMatch(line -> line.startsWith("• service-health-eastus: down"));
        assertThat(has(lookup("#answer-confirmed").query(), "suggested")).isTrue();
        assertThat(has(lookup("#answer-false-alarm").query(), "suggested")).isFalse();
        assertThat(has(lookup("#tree-edge-region-failure-detected--auto-recovery-possible").query(), "suggested")).isTrue();
    }

    @Test
    void answeringMovesOnAndMarksThePathTaken() {
        WarRoomHarness.awaitRoom(this);
        awaitCurrentNode(this, "region-failure-detected");

        clickOn("#answer-confirmed");
        awaitCurrentNode(this, "auto-recovery-possible");

        assertThat(has(lookup("#tree-node-region-failure-detected").query(), "taken")).isTrue();
        assertThat(has(lookup("#tree-node-region-failure-detected").query(), "current")).isFalse();
        assertThat(has(lookup("#tree-edge-region-failure-detected--auto-recovery-possible").query(), "taken")).isTrue();
        assertThat(has(lookup("#tree-edge-region-failure-detected--false-alarm").query(), "taken")).isFalse();
        assertThat(has(lookup("#tree-node-false-alarm").query(), "taken")).isFalse();
        await(() -> lookup("#suggestion-pending").tryQuery().isPresent());
        assertThat(lookup("#suggestion-pending").queryAs(Label.class).getText()).isEqualTo("A signal may answer in 5m");
        WarRoomHarness.awaitOnFx(() -> tree().viewport().shows("auto-recovery-possible"));
    }

    @Test
    void aDoubledKeyPressAnswersOnlyTheQuestionOnScreen() {
        WarRoomHarness.awaitRoom(this);
        awaitCurrentNode(this, "region-failure-detected");

        interact(() -> {
            Node root = stage.getScene().getRoot();
            root.fireEvent(digitOne());
            root.fireEvent(digitOne());
        });
        awaitCurrentNode(this, "auto-recovery-possible");
        await(() -> !lookup("#answer-yes").query().isDisabled());

        assertThat(has(lookup("#tree-node-auto-recovery-possible").query(), "current")).isTrue();
        assertThat(has(lookup("#tree-node-wait-auto-recovery").query(), "taken")).isFalse();
        assertThat(lookup("#decision-problem").tryQuery()).as("the second press never reached the engine").isEmpty();
    }

    @Test
    void theRegionWaitReassessesOnItsOwnUntilItsLimitAndTheLimitBringsTheSignalsSuggestion() {
        WarRoomHarness.awaitRoom(this);
        awaitCurrentNode(this, "region-failure-detected");
        assertThat(lookup("#tree-edge-wait-auto-recovery--eastus-recovered .wr-tree-edge-label").queryAs(Label.class).getText())
                .isEqualTo("recovered");
        assertThat(lookup("#tree-edge-wait-auto-recovery--impact-scope .wr-tree-edge-label").queryAs(Label.class).getText())
                .isEqualTo("after 15m, not recovered");
        type(KeyCode.DIGIT1);
        awaitCurrentNode(this, "auto-recovery-possible");
        type(KeyCode.DIGIT1);

        awaitCurrentNode(this, "impact-scope");
        await(() -> lookup("#suggestion").tryQuery().isPresent());
        WarRoomHarness.screenshot(stage.getScene(), "tree-after-reassess");

        assertThat(has(lookup("#tree-edge-wait-auto-recovery--impact-scope").query(), "taken")).isTrue();
        assertThat(has(lookup("#tree-edge-wait-auto-recovery--eastus-recovered").query(), "taken")).isFalse();
        assertThat(lookup("#suggestion .label").<Label>queryAll().stream().map(Label::getText))
                .contains("Live signals suggest 2: 全部服務 · All services")
                .anyMatch(line -> line.contains("held for"));
        assertThat(has(lookup("#answer-all").query(), "suggested")).isTrue();
    }

    @Test
    void theWholeTreeFitsOnRequestAndTheLegibleViewFollowsTheCurrentNode() {
        WarRoomHarness.awaitRoom(this);
        awaitCurrentNode(this, "region-failure-detected");
        GraphViewport viewport = tree().viewport();
        assertThat(viewport.scale()).isGreaterThanOrEqualTo(GraphViewport.LEGIBLE_SCALE);

        List<String> nodes = aiWorkflowNodes();
        press(KeyCode.CONTROL, KeyCode.DIGIT0).release(KeyCode.DIGIT0, KeyCode.CONTROL);

        assertThat(viewport.zoom()).isEqualTo(GraphViewport.Zoom.WHOLE);
        WarRoomHarness.awaitOnFx(() -> nodes.stream().allMatch(viewport::shows));
        WarRoomHarness.screenshot(stage.getScene(), "tree-whole");

        press(KeyCode.CONTROL, KeyCode.DIGIT0).release(KeyCode.DIGIT0, KeyCode.CONTROL);
        assertThat(viewport.zoom()).isEqualTo(GraphViewport.Zoom.LEGIBLE);
        assertThat(viewport.scale()).isGreaterThanOrEqualTo(GraphViewport.LEGIBLE_SCALE);
        WarRoomHarness.awaitOnFx(() -> viewport.shows("region-failure-detected"));
    }

    private DecisionTreePane tree() {
        return lookup("#tree").queryAs(DecisionTreePane.class);
    }

    private static KeyEvent digitOne() {
        return new KeyEvent(KeyEvent.KEY_PRESSED, "1", "1", KeyCode.DIGIT1, false, false, false, false);
    }

    private static List<String> aiWorkflowNodes() {
        Path plan = Path.of(System.getProperty("warroom.root", "../.."), "plans", "ai-workflow.yaml");
        return new PlanValidation().validate(plan).plan().orElseThrow().decisionTree().nodes().stream().map(DecisionNode::id).toList();
    }
}

package dev.warroom.console.room.tree;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warroom.core.plan.model.DecisionNode;
import dev.warroom.core.plan.model.DecisionTree;
import dev.warroom.core.plan.model.NodeType;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A reassess node is drawn with both its exits, each leading down to the node it names. */
class ReassessLayoutTest {

    private static final TreeLayout.Spacing SPACING = new TreeLayout.Spacing(150, 50, 20, 48, 14, 10);

    private static DecisionNode node(String id, NodeType type, String next, String recovered) {
        return new DecisionNode(id, type, id, null, null, null, null, null, null, null, next, null,
                type == NodeType.REASSESS ? Duration.ofMinutes(5) : null, type == NodeType.REASSESS ? Duration.ofMinutes(30) : null,
                null, recovered);
    }

    @Test
    void bothExitsAreDrawnDownwards() {
        DecisionTree tree = new DecisionTree("watch", List.of(node("watch", NodeType.REASSESS, "failover", "done"),
                node("failover", NodeType.WAIT, "done", null), node("done", NodeType.END, null, null)));

        TreeLayout.Result layout = TreeLayout.of(tree, SPACING);

        assertThat(layout.routes()).extracting(r -> r.from() + "->" + r.to())
                .contains("watch->done", "watch->failover", "failover->done");
        assertThat(layout.routes()).noneMatch(TreeLayout.Route::backwards);
        assertThat(layout.boxes().get("done").layer()).isGreaterThan(layout.boxes().get("failover").layer());
    }
}

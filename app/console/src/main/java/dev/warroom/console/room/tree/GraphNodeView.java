package dev.warroom.console.room.tree;

import dev.warroom.console.i18n.Messages;
import dev.warroom.console.room.reference.DerivedBadge;
import dev.warroom.core.plan.model.DecisionNode;
import dev.warroom.core.text.SafeText;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;

/** One node of the drawn tree: its shape says its kind (question, procedure, wait, end); its title as the plan has it. */
final class GraphNodeView extends VBox {

    private final DecisionNode node;
    private final Tooltip tooltip = new Tooltip();

    GraphNodeView(DecisionNode node, TreeLayout.Box box, Messages messages) {
        this.node = node;
        setId("tree-node-" + node.id());
        getStyleClass().addAll(TreeStyles.NODE, TreeStyles.kind(node.type()));
        setAlignment(Pos.CENTER);
        Label title = label(node.title(), TreeStyles.NODE_TITLE);
        getChildren().add(title);
        if (node.titleEn() != null) {
            getChildren().add(label(node.titleEn(), TreeStyles.NODE_TITLE_EN));
        }
        if (node.isDerived()) {
            Label derived = DerivedBadge.of(messages);
            derived.setId("derived-node-" + node.id());
            getChildren().add(derived);
        }
        setMinSize(box.width(), box.height());
        setPrefSize(box.width(), box.height());
        setMaxSize(box.width(), box.height());
        relocate(box.left(), box.y());
        Tooltip.install(this, tooltip);
    }

    private static Label label(String text, String style) {
        Label label = new Label(SafeText.forDisplay(text));
        label.getStyleClass().add(style);
        label.setTextOverrun(OverrunStyle.ELLIPSIS);
        label.setMaxWidth(Double.MAX_VALUE);
        label.setAlignment(Pos.CENTER);
        return label;
    }

    DecisionNode node() {
        return node;
    }

    /** The tooltip: the kind in words, the full titles, the question or notes, and how the incident answered it. */
    void describe(String text) {
        tooltip.setText(text);
        setAccessibleText(text);
    }

    void mark(boolean current, boolean taken, boolean suggested) {
        pseudoClassStateChanged(TreeStyles.CURRENT, current);
        pseudoClassStateChanged(TreeStyles.TAKEN, taken);
        pseudoClassStateChanged(TreeStyles.SUGGESTED, suggested);
    }
}

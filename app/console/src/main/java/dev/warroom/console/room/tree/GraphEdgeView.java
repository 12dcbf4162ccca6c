package dev.warroom.console.room.tree;

import java.util.List;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Tooltip;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Polyline;

/** One edge of the drawn tree: the line along its route, an arrowhead at the node it leads to, and the answer that takes it. */
final class GraphEdgeView extends Group {

    private final TreeLayout.Route route;
    private final Label label = new Label();

    GraphEdgeView(TreeLayout.Route route, double arrowSize, boolean lowLabel) {
        this.route = route;
        setId("tree-edge-" + route.from() + "--" + route.to());
        getStyleClass().add(TreeStyles.EDGE);
        pseudoClassStateChanged(TreeStyles.BACKWARDS, route.backwards());
        Polyline line = new Polyline();
        route.points().forEach(p -> line.getPoints().addAll(p.x(), p.y()));
        line.getStyleClass().add(TreeStyles.EDGE_LINE);
        getChildren().addAll(line, arrow(route.points(), arrowSize));
        label.getStyleClass().add(TreeStyles.EDGE_LABEL);
        label.setTextOverrun(OverrunStyle.ELLIPSIS);
        getChildren().add(label);
        placeLabel(lowLabel);
    }

    private static Polygon arrow(List<TreeLayout.Point> points, double size) {
        TreeLayout.Point tip = points.get(points.size() - 1);
        TreeLayout.Point before = points.get(points.size() - 2);
        double dx = tip.x() - before.x();
        double dy = tip.y() - before.y();
        double length = Math.max(1e-6, Math.hypot(dx, dy));
        double ux = dx / length;
        double uy = dy / length;
        Polygon arrow = new Polygon(tip.x(), tip.y(),
                tip.x() - ux * size - uy * size / 2, tip.y() - uy * size + ux * size / 2,
                tip.x() - ux * size + uy * size / 2, tip.y() - uy * size - ux * size / 2);
        arrow.getStyleClass().add(TreeStyles.EDGE_ARROW);
        return arrow;
    }

    /** Sits the label on the first stretch of the edge; neighbouring edges alternate high and low so their labels do not collide. */
    private void placeLabel(boolean low) {
        TreeLayout.Point a = route.points().get(0);
        TreeLayout.Point b = route.points().get(1);
        double t = low ? 0.72 : 0.36;
        double cx = a.x() + (b.x() - a.x()) * t;
        double cy = a.y() + (b.y() - a.y()) * t;
        label.textProperty().addListener((obs, old, now) -> centre(cx, cy));
        label.widthProperty().addListener((obs, old, now) -> centre(cx, cy));
        label.heightProperty().addListener((obs, old, now) -> centre(cx, cy));
    }

    private void centre(double cx, double cy) {
        label.relocate(cx - label.getWidth() / 2, cy - label.getHeight() / 2);
    }

    void setLabel(String text, String tooltip, double maxWidth) {
        label.setMaxWidth(maxWidth);
        label.setText(text);
        label.setVisible(!text.isEmpty());
        label.setTooltip(tooltip.isEmpty() ? null : new Tooltip(tooltip));
    }

    TreeLayout.Route route() {
        return route;
    }

    void mark(boolean taken, boolean suggested) {
        pseudoClassStateChanged(TreeStyles.TAKEN, taken);
        pseudoClassStateChanged(TreeStyles.SUGGESTED, suggested);
        if (taken || suggested) {
            toFront();
        }
    }
}

package dev.warroom.console.room.tree;

import java.util.Optional;
import javafx.application.Platform;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.StackPane;

/**
 * Shows the drawn tree zoomed to fit, scrollable, and keeps the current node in view. Fitting never
 * shrinks type below a legible size: a tree too big for the space is shown at that size and
 * scrolled to the current node instead. The commander can ask for the whole tree at any size, or
 * zoom in and out by hand.
 */
final class GraphViewport extends StackPane {

    /** How the zoom is chosen. */
    enum Zoom {
        /** As large as fits, but never below a legible size (the default). */
        LEGIBLE,
        /** The whole tree, however small. */
        WHOLE,
        /** Chosen by hand. */
        MANUAL
    }

    static final double LEGIBLE_SCALE = 0.8;
    private static final double MIN_SCALE = 0.2;
    private static final double MAX_SCALE = 2.0;
    private static final double STEP = 1.2;

    private final DecisionGraph graph;
    private final ScrollPane scroll = new ScrollPane();
    private final StackPane content;
    private Zoom zoom = Zoom.LEGIBLE;
    private double scale = 1;
    private Optional<String> followed = Optional.empty();

    GraphViewport(DecisionGraph graph) {
        this.graph = graph;
        setId("tree-viewport");
        content = new StackPane(new Group(graph));
        content.setAlignment(Pos.CENTER);
        scroll.setContent(content);
        scroll.setPannable(true);
        scroll.setId("tree-scroll");
        scroll.viewportBoundsProperty().addListener((obs, old, now) -> {
            content.setMinSize(now.getWidth(), now.getHeight());
            if (old.getWidth() != now.getWidth() || old.getHeight() != now.getHeight()) {
                rezoom();
            }
        });
        getChildren().add(scroll);
    }

    Zoom zoom() {
        return zoom;
    }

    double scale() {
        return scale;
    }

    /** Whole tree ↔ legible size. */
    void toggleWhole() {
        zoom = zoom == Zoom.WHOLE ? Zoom.LEGIBLE : Zoom.WHOLE;
        rezoom();
    }

    void zoomIn() {
        setManual(scale * STEP);
    }

    void zoomOut() {
        setManual(scale / STEP);
    }

    private void setManual(double next) {
        zoom = Zoom.MANUAL;
        apply(Math.max(MIN_SCALE, Math.min(MAX_SCALE, next)));
    }

    /** Recomputes the zoom for the space there is (after a resize or a new layout). */
    void rezoom() {
        Bounds view = scroll.getViewportBounds();
        if (!graph.isBuilt() || view.getWidth() <= 0 || view.getHeight() <= 0) {
            return;
        }
        double fit = Math.min(view.getWidth() / graph.drawingWidth(), view.getHeight() / graph.drawingHeight());
        switch (zoom) {
            case LEGIBLE -> apply(Math.max(LEGIBLE_SCALE, Math.min(1, fit)));
            case WHOLE -> apply(Math.min(1, fit));
            case MANUAL -> apply(scale);
        }
    }

    /** Zooms; scrolls back to the followed node once the layout pass that the new size starts is over. */
    private void apply(double next) {
        scale = next;
        graph.setScaleX(next);
        graph.setScaleY(next);
        Platform.runLater(this::scrollToFollowed);
    }

    /** Scrolls so that {@code nodeId} sits a third of the way down the view, its answers below it. */
    void follow(String nodeId) {
        followed = Optional.of(nodeId);
        scrollToFollowed();
    }

    private void scrollToFollowed() {
        Optional<TreeLayout.Box> box = followed.flatMap(graph::box);
        if (box.isEmpty() || getScene() == null) {
            return;
        }
        scroll.applyCss();
        scroll.layout();
        Bounds view = scroll.getViewportBounds();
        Bounds all = content.getLayoutBounds();
        Point2D at = content.sceneToLocal(graph.localToScene(box.get().x(), box.get().y() + box.get().height() / 2));
        if (all.getWidth() > view.getWidth()) {
            scroll.setHvalue(clamp((at.getX() - view.getWidth() / 2) / (all.getWidth() - view.getWidth())));
        }
        if (all.getHeight() > view.getHeight()) {
            scroll.setVvalue(clamp((at.getY() - view.getHeight() / 3) / (all.getHeight() - view.getHeight())));
        }
    }

    /** Whether the node's box lies wholly inside the visible part of the view. */
    boolean shows(String nodeId) {
        Optional<TreeLayout.Box> box = graph.box(nodeId);
        if (box.isEmpty()) {
            return false;
        }
        Bounds nodeOnScreen = graph.localToScene(new BoundingBox(box.get().left(), box.get().y(), box.get().width(), box.get().height()));
        Node viewport = scroll.lookup(".viewport");
        Bounds visible = viewport.localToScene(viewport.getLayoutBounds());
        return visible.contains(nodeOnScreen);
    }

    private static double clamp(double value) {
        return Math.max(0, Math.min(1, value));
    }
}

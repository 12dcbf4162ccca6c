package dev.warroom.console.room.tree;

import dev.warroom.core.plan.model.DecisionTree;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each node of a decision tree goes when drawn top-down: layers by the longest path from the
 * start (so every answer leads downwards), fewer crossings, children under their parents, and
 * edges that skip layers routed through their own lanes between the boxes (straight down through a
 * layer, slanting only in the gaps between layers). Pure geometry, no JavaFX.
 */
public final class TreeLayout {

    /** Sizes in pixels: every node box is {@code nodeWidth × nodeHeight}; a lane for a passing edge is {@code laneWidth} wide. */
    public record Spacing(double nodeWidth, double nodeHeight, double columnGap, double layerGap, double laneWidth, double margin) {
    }

    public record Point(double x, double y) {
    }

    /** A node's box: {@code x} is its centre, {@code y} its top. */
    public record Box(String node, int layer, double x, double y, double width, double height) {
        public double left() {
            return x - width / 2;
        }

        public double bottom() {
            return y + height;
        }

        public boolean contains(Point p) {
            return p.x() > left() && p.x() < left() + width && p.y() > y && p.y() < bottom();
        }
    }

    /** An edge from one node to another, the answers that take it, and the polyline it is drawn along. */
    public record Route(String from, String to, List<String> answers, List<Point> points, boolean backwards) {
        public Route {
            answers = List.copyOf(answers);
            points = List.copyOf(points);
        }
    }

    public record Result(Map<String, Box> boxes, List<Route> routes, double width, double height, int layers) {
        public Result {
            boxes = Collections.unmodifiableMap(new LinkedHashMap<>(boxes));
            routes = List.copyOf(routes);
        }
    }

    private static final int SWEEPS = 8;

    private TreeLayout() {
    }

    public static Result of(DecisionTree tree, Spacing spacing) {
        TreeGraph graph = TreeGraph.of(tree);
        LayeredGraph layered = new LayeredGraph(graph);
        layered.reduceCrossings(SWEEPS);
        double[] width = new double[layered.size()];
        for (int v = 0; v < width.length; v++) {
            width[v] = layered.isBend(v) ? spacing.laneWidth() : spacing.nodeWidth();
        }
        double[] x = LayerPlacement.place(layered, width, spacing.columnGap(), SWEEPS);
        double step = spacing.nodeHeight() + spacing.layerGap();
        double m = spacing.margin();

        Map<String, Box> boxes = new LinkedHashMap<>();
        double right = 0;
        for (int v = 0; v < layered.realCount; v++) {
            int layer = layered.layerOf.get(v);
            boxes.put(graph.ids.get(v), new Box(graph.ids.get(v), layer, m + x[v], m + layer * step, spacing.nodeWidth(), spacing.nodeHeight()));
        }
        for (int v = 0; v < layered.size(); v++) {
            right = Math.max(right, x[v] + width[v] / 2);
        }

        List<Route> routes = new ArrayList<>();
        for (LayeredGraph.Chain chain : layered.chains) {
            List<Point> points = new ArrayList<>();
            List<Integer> vertices = chain.vertices();
            for (int i = 0; i < vertices.size(); i++) {
                int v = vertices.get(i);
                double top = m + layered.layerOf.get(v) * step;
                if (i > 0) {
                    points.add(new Point(m + x[v], top));
                }
                if (i < vertices.size() - 1) {
                    points.add(new Point(m + x[v], top + spacing.nodeHeight()));
                }
            }
            routes.add(new Route(graph.ids.get(chain.link().from()), graph.ids.get(chain.link().to()), chain.link().answers(), points, false));
        }
        for (TreeGraph.Link link : graph.back) {
            Box from = boxes.get(graph.ids.get(link.from()));
            Box to = boxes.get(graph.ids.get(link.to()));
            routes.add(new Route(from.node(), to.node(), link.answers(),
                    List.of(new Point(from.x(), from.y()), new Point(to.x(), to.bottom())), true));
        }
        return new Result(boxes, routes, right + 2 * m, layered.layers.size() * step - spacing.layerGap() + 2 * m, layered.layers.size());
    }
}

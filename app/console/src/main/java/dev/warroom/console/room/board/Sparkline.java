package dev.warroom.console.room.board;

import java.util.List;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Polyline;

/**
 * A tiny line of recent values from zero up, newest on the right. The top is a quarter above the
 * largest value (and never below {@code floor}), so a steady line sits inside the box, not on its edge.
 */
final class Sparkline extends Pane {

    private static final double HEADROOM = 1.25;

    private final Polyline line = new Polyline();
    private final double floor;
    private List<Double> values = List.of();

    Sparkline(double width, double height, double floor) {
        this.floor = floor;
        getStyleClass().add(BoardStyles.SPARKLINE);
        line.getStyleClass().add(BoardStyles.SPARKLINE_LINE);
        line.setManaged(false);
        getChildren().add(line);
        setMinSize(width, height);
        setPrefSize(width, height);
        setMaxSize(width, height);
    }

    void show(List<Double> next) {
        values = List.copyOf(next);
        requestLayout();
    }

    /** The drawn points, x then y, for whoever needs to know what is on screen. */
    List<Double> points() {
        return List.copyOf(line.getPoints());
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth() - 2;
        double h = getHeight() - 2;
        line.getPoints().clear();
        if (values.size() < 2) {
            return;
        }
        double max = Math.max(floor, HEADROOM * values.stream().mapToDouble(Double::doubleValue).max().orElse(floor));
        double step = w / (values.size() - 1);
        for (int i = 0; i < values.size(); i++) {
            line.getPoints().addAll(1 + i * step, 1 + h - Math.max(0, values.get(i)) / max * h);
        }
    }
}

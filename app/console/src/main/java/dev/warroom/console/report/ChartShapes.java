package dev.warroom.console.report;

import dev.warroom.core.report.doc.Chart;
import dev.warroom.core.report.doc.Mark;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polyline;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * A chart of the report drawn as JavaFX shapes from its data, as the HTML draws it in SVG: the RTO phases
 * and the drill criteria as bars against their bound, replica lag as a line per resource under the RPO, the steps as a
 * Gantt chart. Colours come from the theme through style classes; each chart's words sit under it.
 */
final class ChartShapes {

    static final double WIDTH = 640;
    private static final double LABEL_WIDTH = 180;
    private static final double TYPE_SIZE = 12;
    private static final double ROW = 22;
    private static final double BAR = 14;
    private static final double PLOT_HEIGHT = 150;

    private ChartShapes() {
    }

    static Node draw(Chart chart, String id) {
        Pane plot;
        if (chart instanceof Chart.PhaseBars bars) {
            plot = bars(bars.bars());
        } else if (chart instanceof Chart.CriteriaChart criteria) {
            plot = bars(criteria.criteria());
        } else if (chart instanceof Chart.StepGantt gantt) {
            plot = gantt(gantt.spans());
        } else {
            plot = lag((Chart.LagLine) chart);
        }
        plot.setId(id);
        plot.getStyleClass().add(ReportStyles.CHART);
        Label title = new Label(chart.title());
        title.getStyleClass().add(ReportStyles.CHART_TITLE);
        Label words = new Label(chart.description());
        words.setWrapText(true);
        words.getStyleClass().add(ReportStyles.CAPTION);
        VBox box = new VBox(4, title, plot, words);
        box.setMaxWidth(WIDTH + 40);
        return box;
    }

    /** Each bar: its actual against its budget (the budget a hollow frame, the actual filled in its mark's colour). */
    private static Pane bars(List<Chart.Bar> bars) {
        double longest = bars.stream().mapToDouble(b -> Math.max(seconds(b.actual()), seconds(b.budget()))).max().orElse(0);
        double scale = longest <= 0 ? 0 : (WIDTH - LABEL_WIDTH - 60) / longest;
        Pane pane = new Pane();
        double y = 4;
        for (Chart.Bar bar : bars) {
            pane.getChildren().add(text(bar.label(), 0, y + BAR - 2, LABEL_WIDTH - 8));
            if (bar.budget().isPresent()) {
                Rectangle frame = new Rectangle(LABEL_WIDTH, y, Math.max(1, seconds(bar.budget()) * scale), BAR);
                frame.getStyleClass().add(ReportStyles.CHART_BUDGET);
                pane.getChildren().add(frame);
            }
            if (bar.actual().isPresent()) {
                Rectangle filled = new Rectangle(LABEL_WIDTH, y + 3, Math.max(2, seconds(bar.actual()) * scale), BAR - 6);
                filled.getStyleClass().add(ReportStyles.mark(bar.mark()));
                pane.getChildren().add(filled);
            }
            y += ROW;
        }
        size(pane, y);
        return pane;
    }

    private static Pane gantt(List<Chart.Span> spans) {
        double end = spans.stream().mapToDouble(s -> seconds(Optional.of(s.end()))).max().orElse(0);
        double scale = end <= 0 ? 0 : (WIDTH - LABEL_WIDTH - 20) / end;
        Pane pane = new Pane();
        double y = 4;
        for (Chart.Span span : spans) {
            pane.getChildren().add(text(span.label(), 0, y + BAR - 2, LABEL_WIDTH - 8));
            double from = seconds(Optional.of(span.start())) * scale;
            double to = seconds(Optional.of(span.end())) * scale;
            Rectangle bar = new Rectangle(LABEL_WIDTH + from, y, Math.max(3, to - from), BAR);
            bar.getStyleClass().add(ReportStyles.mark(span.mark()));
            pane.getChildren().add(bar);
            y += ROW;
        }
        axis(pane, y);
        size(pane, y + 4);
        return pane;
    }

    /** Lag over time as a line per resource; the RPO as a dashed line across where it is in view of the readings; the promotion as an upright mark. */
    private static Pane lag(Chart.LagLine chart) {
        List<Chart.Point> points = chart.points();
        double lastAt = points.stream().mapToDouble(p -> seconds(Optional.of(p.at()))).max().orElse(0);
        lastAt = Math.max(lastAt, seconds(chart.promotedAt()));
        Optional<Duration> rpo = chart.rpo().filter(r -> chart.rpoInView());
        double topLag = Math.max(points.stream().mapToDouble(p -> seconds(Optional.of(p.lag()))).max().orElse(0), seconds(rpo));
        double xScale = lastAt <= 0 ? 0 : (WIDTH - 20) / lastAt;
        double yScale = topLag <= 0 ? 0 : (PLOT_HEIGHT - 10) / (topLag * 1.1);
        Pane pane = new Pane();
        Map<String, Polyline> lines = new LinkedHashMap<>();
        for (Chart.Point p : points) {
            lines.computeIfAbsent(p.resource(), r -> new Polyline()).getPoints()
                    .addAll(10 + seconds(Optional.of(p.at())) * xScale, PLOT_HEIGHT - seconds(Optional.of(p.lag())) * yScale);
        }
        lines.values().forEach(line -> {
            line.getStyleClass().add(ReportStyles.CHART_LINE);
            pane.getChildren().add(line);
        });
        rpo.ifPresent(target -> {
            double y = PLOT_HEIGHT - seconds(Optional.of(target)) * yScale;
            Line limit = new Line(10, y, WIDTH - 10, y);
            limit.getStyleClass().add(ReportStyles.CHART_LIMIT);
            limit.getStrokeDashArray().addAll(6.0, 4.0);
            pane.getChildren().add(limit);
        });
        chart.promotedAt().ifPresent(at -> {
            double x = 10 + seconds(Optional.of(at)) * xScale;
            Line promoted = new Line(x, 0, x, PLOT_HEIGHT);
            promoted.getStyleClass().add(ReportStyles.mark(Mark.GOOD));
            pane.getChildren().add(promoted);
        });
        Line base = new Line(10, PLOT_HEIGHT, WIDTH - 10, PLOT_HEIGHT);
        base.getStyleClass().add(ReportStyles.CHART_AXIS);
        pane.getChildren().add(base);
        size(pane, PLOT_HEIGHT + 4);
        return pane;
    }

    private static void axis(Pane pane, double y) {
        Line base = new Line(LABEL_WIDTH, y, WIDTH - 20, y);
        base.getStyleClass().add(ReportStyles.CHART_AXIS);
        pane.getChildren().add(base);
    }

    private static Text text(String words, double x, double y, double width) {
        Text text = new Text(x, y, fitted(words, width));
        text.getStyleClass().add(ReportStyles.CHART_TEXT);
        text.setClip(new Rectangle(x, y - ROW, width, ROW + 4));
        return text;
    }

    /**
     * The words, cut with "…" where they would run past {@code width} in the charts' type (12 px, as the report sheet
     * sets it): a clipped label would read as if it were whole ("Check the DR replica's lag is").
     */
    static String fitted(String words, double width) {
        Text measure = new Text(words);
        measure.setFont(Font.font(Font.getDefault().getFamily(), TYPE_SIZE));
        if (measure.getLayoutBounds().getWidth() <= width) {
            return words;
        }
        int end = words.length();
        do {
            end = words.offsetByCodePoints(end, -1);
            measure.setText(words.substring(0, end).stripTrailing() + "…");
        } while (end > 0 && measure.getLayoutBounds().getWidth() > width);
        return measure.getText();
    }

    private static void size(Pane pane, double height) {
        pane.setMinSize(WIDTH, height);
        pane.setPrefSize(WIDTH, height);
        pane.setMaxSize(WIDTH, height);
    }

    private static double seconds(Optional<Duration> duration) {
        return duration.map(d -> d.toMillis() / 1000.0).orElse(0.0);
    }
}

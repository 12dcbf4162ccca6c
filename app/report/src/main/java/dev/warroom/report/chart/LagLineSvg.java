package dev.warroom.report.chart;

import dev.warroom.core.report.doc.Chart;
import dev.warroom.report.words.LayoutWords;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.nodes.Element;

/**
 * Replica lag over the incident as a line per resource, the promotion as a blue mark, and the RPO as a red dashed line
 * across where it is in view of the readings; the lag axis runs up to the largest reading (or that RPO), so that lags of
 * a second do not lie flat on the axis under an RPO of minutes.
 */
final class LagLineSvg {

    private static final double LEFT = 64;
    private static final double RIGHT = ChartSvg.WIDTH - 24;
    private static final double TOP = 28;
    private static final double BOTTOM = 248;
    private static final int HEIGHT = 288;
    /** A resource's name in the chart's 10-point type: about this wide a character, this tall a line. */
    private static final double LABEL_CHAR_WIDTH = 6;
    private static final double LABEL_HEIGHT = 12;

    private final LayoutWords words;

    LagLineSvg(LayoutWords words) {
        this.words = words;
    }

    Element draw(Chart.LagLine chart, String id) {
        Svg svg = Svg.picture(id, ChartSvg.WIDTH, HEIGHT, chart.title(), chart.description());
        List<Chart.Point> points = chart.points();
        Duration lastAt = Stream.concat(points.stream().map(Chart.Point::at), chart.promotedAt().stream())
                .max(Duration::compareTo).orElse(Duration.ofMinutes(1));
        Optional<Duration> rpo = chart.rpo().filter(r -> chart.rpoInView());
        Duration largestLag = Stream.concat(points.stream().map(Chart.Point::lag), rpo.stream())
                .max(Duration::compareTo).filter(lag -> !lag.isZero()).orElse(Duration.ofSeconds(1));
        TimeScale time = TimeScale.upTo(lastAt, LEFT, RIGHT);
        Duration top = largestLag.plus(largestLag.dividedBy(10));
        TimeScale lag = TimeScale.upTo(top, BOTTOM, TOP, top.compareTo(Duration.ofSeconds(1)) >= 0 ? Duration.ofSeconds(1) : Duration.ZERO);
        TimeAxis.draw(svg, time, TOP, BOTTOM, words);
        for (Duration tick : lag.ticks()) {
            double y = lag.at(tick);
            svg.line(LEFT, y, RIGHT, y, ChartColours.GRID, 1);
            svg.text(LEFT - 6, y + 4, words.duration(tick), "end", ChartColours.MUTED);
        }
        svg.text(LEFT - 40, TOP - 14, words.lagAxis(), "start", ChartColours.MUTED).attr("font-size", "10");
        if (points.isEmpty()) {
            svg.text((LEFT + RIGHT) / 2, (TOP + BOTTOM) / 2, words.notMeasured(), "middle", ChartColours.MUTED);
        } else {
            List<double[]> labels = new ArrayList<>();
            points.stream().collect(Collectors.groupingBy(Chart.Point::resource, LinkedHashMap::new, Collectors.toList()))
                    .forEach((resource, line) -> drawLine(svg, time, lag, resource, line, labels));
        }
        rpo.ifPresent(limit -> {
            double y = lag.at(limit);
            svg.dashed(svg.line(LEFT, y, RIGHT, y, ChartColours.RPO, 2));
            svg.text(RIGHT, y - 5, words.rpo() + " " + words.duration(limit), "end", ChartColours.RPO).attr("font-weight", "bold");
        });
        chart.promotedAt().ifPresent(at -> {
            double x = time.at(at);
            svg.line(x, TOP, x, BOTTOM, ChartColours.PROMOTION, 2);
            svg.text(x + 4, TOP + 10, words.promotion() + " " + words.duration(at), "start", ChartColours.PROMOTION)
                    .attr("font-weight", "bold");
        });
        svg.line(LEFT, BOTTOM, RIGHT, BOTTOM, ChartColours.INK, 1);
        svg.line(LEFT, TOP, LEFT, BOTTOM, ChartColours.INK, 1);
        return svg.element();
    }

    /** One resource's readings as a line, named at its last reading, above the names already placed that it would cover. */
    private static void drawLine(Svg svg, TimeScale time, TimeScale lag, String resource, List<Chart.Point> line, List<double[]> labels) {
        double[] xs = new double[line.size()];
        double[] ys = new double[line.size()];
        for (int i = 0; i < line.size(); i++) {
            xs[i] = time.at(line.get(i).at());
            ys[i] = lag.at(line.get(i).lag());
        }
        svg.polyline(xs, ys, ChartColours.LAG);
        if (line.size() <= 60) {
            for (int i = 0; i < xs.length; i++) {
                svg.circle(xs[i], ys[i], 2.5, ChartColours.LAG);
            }
        }
        double right = xs[xs.length - 1] - 4;
        double left = right - resource.length() * LABEL_CHAR_WIDTH;
        double y = ys[ys.length - 1] - 6;
        boolean moved = true;
        while (moved && y > TOP) {
            moved = false;
            for (double[] placed : labels) {
                if (left < placed[1] && right > placed[0] && Math.abs(y - placed[2]) < LABEL_HEIGHT) {
                    y = placed[2] - LABEL_HEIGHT;
                    moved = true;
                }
            }
        }
        labels.add(new double[] {left, right, y});
        svg.text(right, y, resource, "end", ChartColours.LAG).attr("font-size", "10");
    }
}

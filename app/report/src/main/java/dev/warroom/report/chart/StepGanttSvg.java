package dev.warroom.report.chart;

import dev.warroom.core.report.doc.Chart;
import dev.warroom.report.words.LayoutWords;
import java.time.Duration;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * The steps as a Gantt chart: one row per step, from its start to its end, coloured by how its outcome was
 * established. A picture cannot break across pages, so it shows at most a page's worth of steps and says how
 * many more the steps table holds.
 */
final class StepGanttSvg {

    static final int MOST_ROWS = 40;
    private static final double LABEL_RIGHT = 188;
    private static final double PLOT_LEFT = 196;
    private static final double PLOT_RIGHT = ChartSvg.WIDTH - 16;
    private static final double ROW = 20;
    private static final double TOP = 8;

    private final LayoutWords words;

    StepGanttSvg(LayoutWords words) {
        this.words = words;
    }

    Element draw(Chart.StepGantt chart, String id) {
        List<Chart.Span> shown = chart.spans().subList(0, Math.min(MOST_ROWS, chart.spans().size()));
        int hidden = chart.spans().size() - shown.size();
        int rows = Math.max(1, shown.size()) + (hidden > 0 ? 1 : 0);
        double bottom = TOP + rows * ROW;
        Svg svg = Svg.picture(id, ChartSvg.WIDTH, (int) (bottom + 36), chart.title(), chart.description());
        Duration last = chart.spans().stream().map(Chart.Span::end).max(Duration::compareTo).orElse(Duration.ofMinutes(1));
        TimeScale scale = TimeScale.upTo(last, PLOT_LEFT, PLOT_RIGHT);
        TimeAxis.draw(svg, scale, TOP, bottom, words);
        double y = TOP;
        for (Chart.Span span : shown) {
            svg.text(LABEL_RIGHT, y + 14, Svg.fitColumns(span.label(), 30), "end", ChartColours.INK);
            double start = scale.at(span.start());
            double end = Math.max(start + 2, scale.at(span.end()));
            svg.rect(start, y + 4, end - start, 12, ChartColours.fill(span.mark()))
                    .attr("stroke", ChartColours.BUDGET).attr("stroke-width", "0.5");
            y += ROW;
        }
        if (hidden > 0) {
            svg.text(PLOT_LEFT, y + 14, words.moreSteps(hidden), "start", ChartColours.MUTED);
        }
        return svg.element();
    }
}

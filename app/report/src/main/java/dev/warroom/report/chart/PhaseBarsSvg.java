package dev.warroom.report.chart;

import dev.warroom.core.report.doc.Chart;
import dev.warroom.report.words.LayoutWords;
import java.time.Duration;
import java.util.Optional;
import java.util.stream.Stream;
import org.jsoup.nodes.Element;

/** Each RTO phase as a bar of its actual duration over a dashed outline of its budget. */
final class PhaseBarsSvg {

    private static final double LABEL_RIGHT = 168;
    private static final double PLOT_LEFT = 176;
    private static final double PLOT_RIGHT = ChartSvg.WIDTH - 16;
    private static final double ROW = 40;
    private static final double TOP = 8;

    private final LayoutWords words;

    PhaseBarsSvg(LayoutWords words) {
        this.words = words;
    }

    Element draw(Chart.PhaseBars chart, String id) {
        int height = (int) (TOP + Math.max(1, chart.bars().size()) * ROW + 36);
        Svg svg = Svg.picture(id, ChartSvg.WIDTH, height, chart.title(), chart.description());
        Duration largest = chart.bars().stream()
                .flatMap(bar -> Stream.of(bar.actual(), bar.budget()))
                .flatMap(Optional::stream)
                .max(Duration::compareTo).orElse(Duration.ofMinutes(1));
        TimeScale scale = TimeScale.upTo(largest, PLOT_LEFT, PLOT_RIGHT);
        double bottom = TOP + Math.max(1, chart.bars().size()) * ROW;
        TimeAxis.draw(svg, scale, TOP, bottom, words);
        double y = TOP;
        for (Chart.Bar bar : chart.bars()) {
            drawRow(svg, scale, bar, y);
            y += ROW;
        }
        return svg.element();
    }

    private void drawRow(Svg svg, TimeScale scale, Chart.Bar bar, double y) {
        svg.text(LABEL_RIGHT, y + 17, Svg.fitColumns(bar.label(), 26), "end", ChartColours.INK);
        bar.actual().ifPresent(actual -> svg.rect(PLOT_LEFT, y + 6, scale.at(actual) - PLOT_LEFT, 14, ChartColours.fill(bar.mark())));
        bar.budget().ifPresent(budget -> {
            double end = scale.at(budget);
            svg.dashed(svg.rect(PLOT_LEFT, y + 4, end - PLOT_LEFT, 18, "none")
                    .attr("stroke", ChartColours.BUDGET).attr("stroke-width", "1.5"));
            // The budget's end stays visible over a bar that overran it.
            svg.line(end, y + 1, end, y + 25, ChartColours.BUDGET, 2.5);
        });
        String value = words.actual() + " " + bar.actualWords() + (bar.boundWords().isBlank() ? "" : " · " + words.budget() + " " + bar.boundWords());
        svg.text(PLOT_LEFT, y + 34, value, "start", ChartColours.MUTED).attr("font-size", "10");
    }
}

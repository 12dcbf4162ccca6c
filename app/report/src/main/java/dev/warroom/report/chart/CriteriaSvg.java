package dev.warroom.report.chart;

import dev.warroom.core.report.doc.Chart;
import dev.warroom.report.words.LayoutWords;
import java.time.Duration;
import java.util.Locale;
import org.jsoup.nodes.Element;

/**
 * Drill criteria met and missed. Criteria measure different things (a 5 minute RTO, a 1 minute RPO), so each
 * bar shows its actual as a share of its own target, with the target at 100 %; the colour is the verdict.
 */
final class CriteriaSvg {

    private static final double LABEL_RIGHT = 168;
    private static final double PLOT_LEFT = 176;
    private static final double PLOT_RIGHT = ChartSvg.WIDTH - 16;
    private static final double ROW = 40;
    private static final double TOP = 8;
    private static final double MOST_RATIO = 3.0;

    private final LayoutWords words;

    CriteriaSvg(LayoutWords words) {
        this.words = words;
    }

    Element draw(Chart.CriteriaChart chart, String id) {
        int rows = Math.max(1, chart.criteria().size());
        int height = (int) (TOP + rows * ROW + 36);
        Svg svg = Svg.picture(id, ChartSvg.WIDTH, height, chart.title(), chart.description());
        double largest = Math.min(MOST_RATIO, chart.criteria().stream().mapToDouble(CriteriaSvg::ratio).max().orElse(1));
        double max = Math.max(1.5, Math.ceil(largest * 2) / 2);
        double bottom = TOP + rows * ROW;
        for (double tick = 0; tick <= max + 1e-9; tick += 0.5) {
            double x = x(tick, max);
            svg.line(x, TOP, x, bottom, ChartColours.GRID, 1);
            svg.text(x, bottom + 14, String.format(Locale.ROOT, "%d%%", Math.round(tick * 100)), "middle", ChartColours.MUTED);
        }
        double target = x(1, max);
        svg.dashed(svg.line(target, TOP, target, bottom, ChartColours.BUDGET, 1.5));
        svg.text(target, bottom + 28, "100% = " + words.target(), "middle", ChartColours.BUDGET).attr("font-size", "10");
        double y = TOP;
        for (Chart.Bar criterion : chart.criteria()) {
            drawRow(svg, criterion, y, max);
            y += ROW;
        }
        return svg.element();
    }

    private void drawRow(Svg svg, Chart.Bar criterion, double y, double max) {
        svg.text(LABEL_RIGHT, y + 17, Svg.fitColumns(criterion.label(), 26), "end", ChartColours.INK);
        String fill = ChartColours.fill(criterion.mark());
        if (criterion.actual().isPresent() && criterion.budget().isPresent()) {
            double ratio = Math.min(max, ratio(criterion));
            svg.rect(PLOT_LEFT, y + 6, Math.max(2, x(ratio, max) - PLOT_LEFT), 14, fill);
        } else {
            svg.rect(PLOT_LEFT, y + 6, 14, 14, fill).attr("stroke", ChartColours.BUDGET).attr("stroke-width", "0.5");
        }
        String value = words.actual() + " " + criterion.actualWords()
                + (criterion.boundWords().isBlank() ? "" : " · " + words.target() + " " + criterion.boundWords());
        svg.text(PLOT_LEFT, y + 34, value, "start", ChartColours.MUTED).attr("font-size", "10");
    }

    private static double ratio(Chart.Bar criterion) {
        if (criterion.actual().isEmpty() || criterion.budget().isEmpty()) {
            return 0;
        }
        Duration target = criterion.budget().get();
        if (target.isZero()) {
            return criterion.actual().get().isZero() ? 1 : MOST_RATIO;
        }
        return (double) criterion.actual().get().toMillis() / target.toMillis();
    }

    private static double x(double ratio, double max) {
        return PLOT_LEFT + (PLOT_RIGHT - PLOT_LEFT) * ratio / max;
    }
}

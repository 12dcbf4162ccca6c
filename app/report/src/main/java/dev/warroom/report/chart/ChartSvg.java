package dev.warroom.report.chart;

import dev.warroom.core.report.doc.Chart;
import dev.warroom.report.words.LayoutWords;
import org.jsoup.nodes.Element;

/**
 * Draws a document's chart as inline SVG, sized for the text width of an A4 portrait page (640 px, about
 * 170 mm). Each picture carries the chart's title and its description in words for screen readers.
 */
public final class ChartSvg {

    /** The width of every chart, in CSS pixels: the text width of A4 portrait with 20 mm margins. */
    public static final int WIDTH = 640;

    private final LayoutWords words;

    public ChartSvg(LayoutWords words) {
        this.words = words;
    }

    /** The chart as an {@code <svg>} element whose id is {@code id} (unique in the page). */
    public Element draw(Chart chart, String id) {
        if (chart instanceof Chart.PhaseBars bars) {
            return new PhaseBarsSvg(words).draw(bars, id);
        }
        if (chart instanceof Chart.LagLine lag) {
            return new LagLineSvg(words).draw(lag, id);
        }
        if (chart instanceof Chart.StepGantt gantt) {
            return new StepGanttSvg(words).draw(gantt, id);
        }
        if (chart instanceof Chart.CriteriaChart criteria) {
            return new CriteriaSvg(words).draw(criteria, id);
        }
        throw new IllegalArgumentException("a chart of an unknown kind: " + chart.getClass().getSimpleName());
    }
}

package dev.warroom.report.chart;

import dev.warroom.core.time.DurationText;
import java.time.Duration;

/** A time axis along the bottom of a plot, with a light grid line at each tick. */
final class TimeAxis {

    private TimeAxis() {
    }

    static void draw(Svg svg, TimeScale scale, double top, double bottom, String caption) {
        for (Duration tick : scale.ticks()) {
            double x = scale.at(tick);
            svg.line(x, top, x, bottom, ChartColours.GRID, 1);
            svg.text(x, bottom + 14, DurationText.human(tick), "middle", ChartColours.MUTED);
        }
        if (!caption.isEmpty()) {
            svg.text(scale.at(Duration.ZERO), bottom + 28, caption, "start", ChartColours.MUTED).attr("font-size", "10");
        }
    }
}

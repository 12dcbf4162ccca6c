package dev.warroom.report.chart;

import dev.warroom.report.words.LayoutWords;
import java.time.Duration;

/** A time axis along the bottom of a plot, with a light grid line at each tick. */
final class TimeAxis {

    private TimeAxis() {
    }

    static void draw(Svg svg, TimeScale scale, double top, double bottom, LayoutWords words) {
        for (Duration tick : scale.ticks()) {
            double x = scale.at(tick);
            svg.line(x, top, x, bottom, ChartColours.GRID, 1);
            svg.text(x, bottom + 14, words.duration(tick), "middle", ChartColours.MUTED);
        }
        if (!words.timeAxis().isEmpty()) {
            svg.text(scale.at(Duration.ZERO), bottom + 28, words.timeAxis(), "start", ChartColours.MUTED).attr("font-size", "10");
        }
    }
}

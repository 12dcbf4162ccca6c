package dev.warroom.core.report.doc;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A picture where people would rather look than read. Data only: each renderer draws it (SVG in HTML,
 * vector graphics in PDF, shapes in the console's preview). Durations count from the impact.
 */
public sealed interface Chart extends Block permits Chart.PhaseBars, Chart.LagLine, Chart.StepGantt, Chart.CriteriaChart {

    String title();

    /** A summary in words, for readers that cannot see the picture (alt text, Markdown, CSV). */
    String description();

    /**
     * The id of a table in the same section that holds this chart's data row for row, or empty when none does:
     * a renderer that cannot draw (Markdown) then says the chart's words once instead of its data again.
     */
    default String dataTable() {
        return "";
    }

    /** The RTO phases, each actual against its budget. */
    record PhaseBars(String title, String description, List<Bar> bars, String dataTable) implements Chart {
        public PhaseBars {
            bars = List.copyOf(bars);
        }
    }

    /**
     * A labelled duration against its bound, with each said in the report's words ({@code actualWords},
     * {@code boundWords}): a duration, "not measured", or for a yes/no criterion "yes" where there is no duration.
     */
    record Bar(String label, Optional<Duration> actual, Optional<Duration> budget, Mark mark, String actualWords, String boundWords) {
    }

    /**
     * Replica lag over the incident, a line for each resource read more than once, with the RPO as a line where it is in
     * view of the readings ({@link #rpoInView()}) and the promotion as a mark where there was one.
     */
    record LagLine(String title, String description, List<Point> points, Optional<Duration> rpo, Optional<Duration> promotedAt)
            implements Chart {
        /** How far above the largest reading the RPO may be and still be drawn: above that the readings would lie flat on the axis. */
        public static final int RPO_IN_VIEW = 2;

        public LagLine {
            points = List.copyOf(points);
        }

        /** The largest reading, zero when there is none. */
        public Duration largestLag() {
            return points.stream().map(Point::lag).max(Duration::compareTo).orElse(Duration.ZERO);
        }

        /**
         * Whether the RPO is drawn as a line: only within {@link #RPO_IN_VIEW} times the largest reading, so that the lag
         * axis is scaled to the readings; an RPO far above them is said in the chart's words instead.
         */
        public boolean rpoInView() {
            return rpo.isPresent() && rpo.get().compareTo(largestLag().multipliedBy(RPO_IN_VIEW)) <= 0;
        }
    }

    /** One lag reading of one resource (its id in the plan). */
    record Point(String resource, Duration at, Duration lag) {
    }

    /** The steps as a Gantt chart; {@code dataTable} the steps table that holds each one's start and how long it took. */
    record StepGantt(String title, String description, List<Span> spans, String dataTable) implements Chart {
        public StepGantt {
            spans = List.copyOf(spans);
        }
    }

    record Span(String label, Duration start, Duration end, Mark mark) {
    }

    /** Drill criteria met and missed. */
    record CriteriaChart(String title, String description, List<Bar> criteria, String dataTable) implements Chart {
        public CriteriaChart {
            criteria = List.copyOf(criteria);
        }
    }
}

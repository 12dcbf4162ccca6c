package dev.warroom.report.md;

import dev.warroom.core.report.doc.Chart;
import dev.warroom.core.report.doc.Mark;
import dev.warroom.core.time.DurationText;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A chart in Markdown: its title, its description in words, and a small table of its data. */
final class MarkdownCharts {

    /** A lag line may hold a reading per second of a long incident; the table shows this many at most, evenly spread. */
    static final int MAX_LAG_ROWS = 24;

    private MarkdownCharts() {
    }

    static void append(StringBuilder md, Chart chart, MarkdownWords words) {
        md.append("**").append(MarkdownText.inline(chart.title())).append("**\n\n");
        if (!chart.description().isBlank()) {
            md.append(MarkdownText.lines(chart.description(), "")).append("\n\n");
        }
        if (chart instanceof Chart.PhaseBars bars) {
            bars(md, bars.bars(), words.budget(), words);
        } else if (chart instanceof Chart.CriteriaChart criteria) {
            bars(md, criteria.criteria(), words.target(), words);
        } else if (chart instanceof Chart.StepGantt gantt) {
            gantt(md, gantt, words);
        } else if (chart instanceof Chart.LagLine lag) {
            lag(md, lag, words);
        }
    }

    private static void bars(StringBuilder md, List<Chart.Bar> bars, String boundHeader, MarkdownWords words) {
        List<List<String>> rows = new ArrayList<>();
        for (Chart.Bar bar : bars) {
            rows.add(List.of(MarkdownText.cell(bar.label()), duration(bar.actual(), words), duration(bar.budget(), words),
                    MarkdownMarks.sign(markOf(bar.mark())).strip()));
        }
        MarkdownTables.append(md, List.of("", words.actual(), boundHeader, ""), rows);
    }

    private static void gantt(StringBuilder md, Chart.StepGantt gantt, MarkdownWords words) {
        List<List<String>> rows = new ArrayList<>();
        for (Chart.Span span : gantt.spans()) {
            rows.add(List.of(MarkdownText.cell(span.label()), since(span.start()), since(span.end()),
                    MarkdownMarks.sign(markOf(span.mark())).strip()));
        }
        MarkdownTables.append(md, List.of("", words.start(), words.end(), ""), rows);
    }

    private static void lag(StringBuilder md, Chart.LagLine lag, MarkdownWords words) {
        List<String> bounds = new ArrayList<>();
        lag.rpo().ifPresent(rpo -> bounds.add(words.rpo() + ": " + DurationText.human(rpo)));
        lag.promotedAt().ifPresent(at -> bounds.add(words.promotion() + " " + since(at)));
        if (!bounds.isEmpty()) {
            md.append(String.join(" · ", bounds)).append("\n\n");
        }
        List<Chart.Point> shown = spread(lag.points());
        List<List<String>> rows = new ArrayList<>();
        for (Chart.Point point : shown) {
            rows.add(List.of(since(point.at()), DurationText.human(point.lag())));
        }
        MarkdownTables.append(md, List.of(words.sinceImpact(), words.replicaLag()), rows);
        if (shown.size() < lag.points().size()) {
            md.append('*').append(words.readingsShown(shown.size(), lag.points().size())).append("*\n\n");
        }
    }

    /** At most {@link #MAX_LAG_ROWS} points, evenly spread, the first and the last always among them. */
    static List<Chart.Point> spread(List<Chart.Point> points) {
        if (points.size() <= MAX_LAG_ROWS) {
            return points;
        }
        List<Chart.Point> shown = new ArrayList<>(MAX_LAG_ROWS);
        for (int i = 0; i < MAX_LAG_ROWS; i++) {
            shown.add(points.get((int) Math.round(i * (points.size() - 1) / (double) (MAX_LAG_ROWS - 1))));
        }
        return shown;
    }

    private static String duration(Optional<Duration> duration, MarkdownWords words) {
        return duration.map(DurationText::human).orElse(words.notMeasured());
    }

    private static String since(Duration at) {
        return "T+" + DurationText.human(at);
    }

    private static Mark markOf(Mark mark) {
        return mark == null ? Mark.PLAIN : mark;
    }
}

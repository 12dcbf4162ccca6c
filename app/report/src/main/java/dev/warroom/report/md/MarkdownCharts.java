package dev.warroom.report.md;

import dev.warroom.core.report.doc.Chart;
import dev.warroom.core.report.doc.Mark;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A chart in Markdown: its title, its description in words, and a small table of its data; or, where a table of
 * its section already holds its data row for row, its description alone, so the data is said once.
 */
final class MarkdownCharts {

    /**
     * A lag line may hold a reading per second of a long incident; the table shows this many at most, shared out
     * between the resources (two each at least), evenly spread over each one's readings.
     */
    static final int MAX_LAG_ROWS = 24;

    private MarkdownCharts() {
    }

    static void append(StringBuilder md, Chart chart, MarkdownWords words, Set<String> sectionTables) {
        if (!chart.dataTable().isEmpty() && sectionTables.contains(chart.dataTable())) {
            if (!chart.description().isBlank()) {
                md.append(MarkdownText.lines(chart.description(), "")).append("\n\n");
            }
            return;
        }
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
            rows.add(List.of(MarkdownText.cell(bar.label()), MarkdownText.cell(bar.actualWords()), MarkdownText.cell(bar.boundWords()),
                    MarkdownMarks.sign(markOf(bar.mark())).strip()));
        }
        MarkdownTables.append(md, List.of("", words.actual(), boundHeader, ""), rows);
    }

    private static void gantt(StringBuilder md, Chart.StepGantt gantt, MarkdownWords words) {
        List<List<String>> rows = new ArrayList<>();
        for (Chart.Span span : gantt.spans()) {
            rows.add(List.of(MarkdownText.cell(span.label()), since(span.start(), words), since(span.end(), words),
                    MarkdownMarks.sign(markOf(span.mark())).strip()));
        }
        MarkdownTables.append(md, List.of("", words.start(), words.end(), ""), rows);
    }

    private static void lag(StringBuilder md, Chart.LagLine lag, MarkdownWords words) {
        List<String> bounds = new ArrayList<>();
        lag.rpo().ifPresent(rpo -> bounds.add(words.rpo() + ": " + words.duration(rpo)));
        lag.promotedAt().ifPresent(at -> bounds.add(words.promotion() + " " + since(at, words)));
        if (!bounds.isEmpty()) {
            md.append(String.join(" · ", bounds)).append("\n\n");
        }
        Map<String, List<Chart.Point>> lines = lag.points().stream()
                .collect(Collectors.groupingBy(Chart.Point::resource, LinkedHashMap::new, Collectors.toList()));
        List<Chart.Point> shown = new ArrayList<>();
        lines.values().forEach(line -> shown.addAll(spread(line, Math.max(2, MAX_LAG_ROWS / lines.size()))));
        List<List<String>> rows = new ArrayList<>();
        for (Chart.Point point : shown) {
            rows.add(List.of(MarkdownText.cell(point.resource()), since(point.at(), words), words.duration(point.lag())));
        }
        MarkdownTables.append(md, List.of(words.resource(), words.sinceImpact(), words.replicaLag()), rows);
        if (shown.size() < lag.points().size()) {
            md.append('*').append(words.readingsShown(shown.size(), lag.points().size())).append("*\n\n");
        }
    }

    /** At most {@code most} points (two or more), evenly spread, the first and the last always among them. */
    static List<Chart.Point> spread(List<Chart.Point> points, int most) {
        if (points.size() <= most) {
            return points;
        }
        List<Chart.Point> shown = new ArrayList<>(most);
        for (int i = 0; i < most; i++) {
            shown.add(points.get((int) Math.round(i * (points.size() - 1) / (double) (most - 1))));
        }
        return shown;
    }

    private static String since(Duration at, MarkdownWords words) {
        return "T+" + words.duration(at);
    }

    private static Mark markOf(Mark mark) {
        return mark == null ? Mark.PLAIN : mark;
    }
}

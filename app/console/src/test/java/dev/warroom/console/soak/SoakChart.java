package dev.warroom.console.soak;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * Draws the soak's CSV as an SVG line chart: RSS and the heap after a full GC against incident hours,
 * with the 400 MB goal and the end of the first hour marked. {@code main(csv, svg)} redraws a chart from a kept CSV.
 */
final class SoakChart {

    private static final double WIDTH = 760;
    private static final double HEIGHT = 400;
    private static final double LEFT = 60;
    private static final double RIGHT = 20;
    private static final double TOP = 40;
    private static final double BOTTOM = 50;
    private static final double GOAL_MB = 400;

    private SoakChart() {
    }

    public static void main(String[] args) throws IOException {
        write(SoakSamples.read(Path.of(args[0])), Path.of(args[1]), args.length > 2 ? args[2] : "");
    }

    static void write(SoakSamples samples, Path svg, String subtitle) throws IOException {
        double hours = Math.max(1, Math.ceil(samples.incidentHours()));
        double topMb = Math.ceil(Math.max(GOAL_MB + 50, samples.peakRssMb() + 20) / 100) * 100;
        Scale scale = new Scale(hours, topMb);
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%.0f\" height=\"%.0f\" viewBox=\"0 0 %.0f %.0f\""
                + " font-family=\"sans-serif\" font-size=\"12\">%n", WIDTH, HEIGHT, WIDTH, HEIGHT));
        out.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
        out.append(text(LEFT, 18, "Memory soak: the console on a TABLETOP incident, 200 resources polled every 5 s, a note a minute", "bold"));
        out.append(text(LEFT, 33, subtitle, "normal"));
        for (int mb = 0; mb <= topMb; mb += 100) {
            double y = scale.y(mb);
            out.append(line(LEFT, y, WIDTH - RIGHT, y, "#e0e0e0", ""));
            out.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"end\">%d MB</text>%n", LEFT - 6, y + 4, mb));
        }
        for (int h = 0; h <= hours; h++) {
            double x = scale.x(h * 60);
            out.append(line(x, TOP, x, HEIGHT - BOTTOM, "#f0f0f0", ""));
            out.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">%d h</text>%n", x, HEIGHT - BOTTOM + 16, h));
        }
        out.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">incident time</text>%n",
                (LEFT + WIDTH - RIGHT) / 2, HEIGHT - 12));
        out.append(line(LEFT, scale.y(GOAL_MB), WIDTH - RIGHT, scale.y(GOAL_MB), "#c62828", "6 4"));
        out.append(text(WIDTH - RIGHT - 150, scale.y(GOAL_MB) - 6, "goal: RSS under 400 MB", "normal"));
        out.append(line(scale.x(60), TOP, scale.x(60), HEIGHT - BOTTOM, "#9e9e9e", "2 3"));
        out.append(series(samples, scale, SoakSamples.Sample::rssMb, "#1565c0"));
        out.append(series(samples, scale, SoakSamples.Sample::heapAfterGcMb, "#2e7d32"));
        out.append(legend(LEFT + 10, TOP + 14, "#1565c0", "RSS (VmRSS)"));
        out.append(legend(LEFT + 150, TOP + 14, "#2e7d32", "heap after a full GC"));
        out.append("</svg>\n");
        Files.createDirectories(svg.toAbsolutePath().getParent());
        Files.writeString(svg, out, StandardCharsets.UTF_8);
    }

    private record Scale(double hours, double topMb) {
        double x(double minutes) {
            return LEFT + minutes / (hours * 60) * (WIDTH - LEFT - RIGHT);
        }

        double y(double mb) {
            return HEIGHT - BOTTOM - mb / topMb * (HEIGHT - TOP - BOTTOM);
        }
    }

    private static String series(SoakSamples samples, Scale scale, ToDoubleFunction<SoakSamples.Sample> value, String colour) {
        StringBuilder points = new StringBuilder();
        for (SoakSamples.Sample s : samples.rows()) {
            points.append(String.format(Locale.ROOT, "%.1f,%.1f ", scale.x(s.incidentMinutes()), scale.y(value.applyAsDouble(s))));
        }
        return "<polyline fill=\"none\" stroke=\"" + colour + "\" stroke-width=\"1.5\" points=\"" + points.toString().strip() + "\"/>\n";
    }

    private static String legend(double x, double y, String colour, String label) {
        return line(x, y - 4, x + 24, y - 4, colour, "") + text(x + 30, y, label, "normal");
    }

    private static String line(double x1, double y1, double x2, double y2, String colour, String dashes) {
        return String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\"%s/>%n", x1, y1, x2, y2, colour,
                dashes.isEmpty() ? "" : " stroke-dasharray=\"" + dashes + "\"");
    }

    private static String text(double x, double y, String words, String weight) {
        String escaped = words.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        return String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" font-weight=\"%s\">%s</text>%n", x, y, weight, escaped);
    }
}

package dev.warroom.report.chart;

import java.util.Locale;
import org.jsoup.nodes.Element;
import org.jsoup.parser.ParseSettings;
import org.jsoup.parser.Parser;
import org.jsoup.parser.Tag;

/**
 * A small SVG builder on jsoup elements: every text goes in as a text node and every value as an attribute,
 * so a label from a plan can never become markup. Styling is by presentation attributes, because the PDF's
 * SVG engine (Batik) does not see the page's stylesheet.
 */
final class Svg {

    static final String NAMESPACE = Parser.NamespaceSvg;
    static final String FONT_FAMILY = "WarRoom Sans, system-ui, Noto Sans, Noto Sans CJK TC, WenQuanYi Micro Hei, "
            + "Microsoft JhengHei, PingFang TC, sans-serif";

    private final Element root;

    private Svg(Element root) {
        this.root = root;
    }

    /** An empty picture of the given size with its title and description, read out by screen readers. */
    static Svg picture(String id, int width, int height, String title, String description) {
        Element svg = new Element(Tag.valueOf("svg", Parser.NamespaceSvg, ParseSettings.preserveCase), "")
                .attr("xmlns", NAMESPACE)
                .attr("id", id)
                .attr("class", "chart-svg")
                .attr("width", Integer.toString(width))
                .attr("height", Integer.toString(height))
                .attr("viewBox", "0 0 " + width + " " + height)
                .attr("role", "img")
                .attr("aria-labelledby", id + "-title " + id + "-desc")
                .attr("font-family", FONT_FAMILY)
                .attr("font-size", "11");
        svg.appendElement("title").attr("id", id + "-title").text(title);
        svg.appendElement("desc").attr("id", id + "-desc").text(description);
        return new Svg(svg);
    }

    Element element() {
        return root;
    }

    Element rect(double x, double y, double width, double height, String fill) {
        return root.appendElement("rect")
                .attr("x", n(x)).attr("y", n(y))
                .attr("width", n(Math.max(0, width))).attr("height", n(Math.max(0, height)))
                .attr("fill", fill);
    }

    Element line(double x1, double y1, double x2, double y2, String stroke, double strokeWidth) {
        return root.appendElement("line")
                .attr("x1", n(x1)).attr("y1", n(y1)).attr("x2", n(x2)).attr("y2", n(y2))
                .attr("stroke", stroke).attr("stroke-width", n(strokeWidth));
    }

    Element dashed(Element shape) {
        return shape.attr("stroke-dasharray", "4 3");
    }

    Element text(double x, double y, String text, String anchor, String fill) {
        return root.appendElement("text")
                .attr("x", n(x)).attr("y", n(y))
                .attr("text-anchor", anchor)
                .attr("fill", fill)
                .text(text);
    }

    Element polyline(double[] xs, double[] ys, String stroke) {
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < xs.length; i++) {
            if (i > 0) {
                points.append(' ');
            }
            points.append(n(xs[i])).append(',').append(n(ys[i]));
        }
        return root.appendElement("polyline")
                .attr("points", points.toString())
                .attr("fill", "none")
                .attr("stroke", stroke)
                .attr("stroke-width", "2")
                .attr("stroke-linejoin", "round");
    }

    Element circle(double cx, double cy, double r, String fill) {
        return root.appendElement("circle").attr("cx", n(cx)).attr("cy", n(cy)).attr("r", n(r)).attr("fill", fill);
    }

    /** A label that fits its column: long plan titles are cut with an ellipsis (the full text is in the tables). */
    static String fit(String label, int maxChars) {
        String text = label == null ? "" : label.strip();
        int count = text.codePointCount(0, text.length());
        if (count <= maxChars) {
            return text;
        }
        int end = text.offsetByCodePoints(0, maxChars - 1);
        return text.substring(0, end) + "…";
    }

    /** Room a label takes, counting wide (CJK) characters twice. */
    static int columns(String text) {
        return text.codePoints().map(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN
                || (cp >= 0x3000 && cp <= 0x30ff) || (cp >= 0xff00 && cp <= 0xffef) ? 2 : 1).sum();
    }

    /** A label cut to a width in columns (a CJK character takes two). */
    static String fitColumns(String label, int maxColumns) {
        String text = label == null ? "" : label.strip();
        if (columns(text) <= maxColumns) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        int used = 0;
        for (int cp : text.codePoints().toArray()) {
            int width = columns(new String(Character.toChars(cp)));
            if (used + width > maxColumns - 1) {
                break;
            }
            out.appendCodePoint(cp);
            used += width;
        }
        return out.append('…').toString();
    }

    static String n(double value) {
        if (value == Math.rint(value)) {
            return Long.toString((long) value);
        }
        return String.format(Locale.ROOT, "%.1f", value);
    }
}

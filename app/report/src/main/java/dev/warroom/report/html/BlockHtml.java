package dev.warroom.report.html;

import dev.warroom.core.report.doc.Block;
import dev.warroom.core.report.doc.BulletList;
import dev.warroom.core.report.doc.Cell;
import dev.warroom.core.report.doc.Chart;
import dev.warroom.core.report.doc.Facts;
import dev.warroom.core.report.doc.Mark;
import dev.warroom.core.report.doc.Paragraph;
import dev.warroom.core.report.doc.Table;
import dev.warroom.core.report.doc.ToFill;
import dev.warroom.report.chart.ChartSvg;
import dev.warroom.report.words.LayoutWords;
import java.util.List;
import org.jsoup.nodes.Element;

/** Lays out each kind of block as elements. Texts go in as text nodes only: nothing from the document becomes markup. */
final class BlockHtml {

    /** The class of a table laid out by its columns' widths alone (the stylesheet's {@code table-layout: fixed}). */
    static final String FIXED_WIDTHS = "fixed-widths";

    private final LayoutWords words;
    private final ChartSvg charts;
    private int chartCount;

    BlockHtml(LayoutWords words) {
        this.words = words;
        this.charts = new ChartSvg(words);
    }

    void append(Element parent, Block block) {
        if (block instanceof Paragraph paragraph) {
            paragraph(parent.appendElement("p"), paragraph.text());
        } else if (block instanceof BulletList list) {
            bullets(parent, list);
        } else if (block instanceof Facts facts) {
            facts(parent, facts);
        } else if (block instanceof Table table) {
            table(parent, table);
        } else if (block instanceof ToFill toFill) {
            toFill(parent, toFill);
        } else if (block instanceof Chart chart) {
            chart(parent, chart);
        } else {
            throw new IllegalArgumentException("a block of an unknown kind: " + block.getClass().getSimpleName());
        }
    }

    private void paragraph(Element p, Cell text) {
        marked(p, text.mark());
        lines(p, text.text());
    }

    private void bullets(Element parent, BulletList list) {
        Element ul = parent.appendElement("ul");
        for (Cell item : list.items()) {
            cell(ul.appendElement("li"), item);
        }
    }

    private void facts(Element parent, Facts facts) {
        Element tbody = parent.appendElement("table").addClass("facts").appendElement("tbody");
        for (Facts.Fact fact : facts.facts()) {
            Element row = tbody.appendElement("tr");
            row.appendElement("th").attr("scope", "row").text(fact.label());
            cell(row.appendElement("td"), fact.value());
        }
    }

    private void table(Element parent, Table table) {
        Element element = parent.appendElement("table").addClass("data");
        if (WholeWords.wide(table.headers().size())) {
            element.addClass(WholeWords.WIDE_TABLE);
        }
        if (ColumnWidths.fixed(table)) {
            element.addClass(FIXED_WIDTHS);
        }
        if (!table.id().isBlank()) {
            element.attr("data-table", table.id());
        }
        if (!table.caption().isBlank()) {
            element.appendElement("caption").text(table.caption());
        }
        Element header = element.appendElement("thead").appendElement("tr");
        List<String> widths = ColumnWidths.of(table);
        for (int i = 0; i < table.headers().size(); i++) {
            String heading = table.headers().get(i);
            Element th = header.appendElement("th").attr("scope", "col").text(heading);
            WholeWords.headingClass(heading, table.headers().size()).ifPresent(th::addClass);
            if (i < widths.size() && !widths.get(i).isEmpty()) {
                th.attr("style", "width: " + widths.get(i));
            }
        }
        Element body = element.appendElement("tbody");
        boolean fixed = ColumnWidths.fixed(table);
        for (List<Cell> row : table.rows()) {
            Element tr = body.appendElement("tr");
            int columns = Math.max(row.size(), table.headers().size());
            for (int i = 0; i < columns; i++) {
                Cell cell = i < row.size() ? row.get(i) : Cell.of("");
                Element td = wholeWords(tr.appendElement("td"), cell.text(), columns);
                if (fixed && td.classNames().isEmpty() && cell.mark() != Mark.TO_FILL && ColumnWidths.wordsFit(widths, i, cell.text())) {
                    marked(td, cell.mark());
                    unbrokenWords(td, cell.text());
                } else {
                    cell(td, cell);
                }
            }
        }
    }

    /**
     * Each word in a span that does not break: the PDF's line breaking would otherwise break "23:03:44" after a colon even
     * where the words are kept whole. Only for a cell whose every word fits its column ({@link ColumnWidths#wordsFit}).
     */
    private static void unbrokenWords(Element element, String text) {
        String[] words = text.split(" ", -1);
        for (int i = 0; i < words.length; i++) {
            if (i > 0) {
                element.appendText(" ");
            }
            if (!words[i].isEmpty()) {
                element.appendElement("span").addClass(WholeWords.UNBROKEN).text(words[i]);
            }
        }
    }

    private static Element wholeWords(Element element, String text, int columns) {
        WholeWords.cssClass(text, columns).ifPresent(element::addClass);
        return element;
    }

    private void toFill(Element parent, ToFill toFill) {
        Element box = parent.appendElement("div").addClass("to-fill").attr("data-field", toFill.field());
        Element label = box.appendElement("p").addClass("to-fill-label");
        label.appendElement("span").addClass("to-fill-badge").text(words.toFill());
        label.appendText(" ").appendElement("span").text(toFill.label());
        if (!toFill.hint().isBlank()) {
            lines(box.appendElement("p").addClass("to-fill-hint"), toFill.hint());
        }
    }

    private void chart(Element parent, Chart chart) {
        chartCount++;
        String id = "chart-" + chartCount;
        Element figure = parent.appendElement("figure").addClass("chart").attr("id", id);
        figure.appendChild(charts.draw(chart, id + "-svg"));
        Element caption = figure.appendElement("figcaption");
        caption.appendElement("strong").text(chart.title());
        if (!chart.description().isBlank()) {
            lines(caption.appendElement("span").addClass("chart-description"), chart.description());
        }
    }

    private void cell(Element element, Cell cell) {
        marked(element, cell.mark());
        if (cell.mark() == Mark.TO_FILL) {
            element.appendElement("span").addClass("to-fill-inline").text(cell.text().isBlank() ? words.toFill() : cell.text());
        } else {
            lines(element, cell.text());
        }
    }

    private static void marked(Element element, Mark mark) {
        MarkClasses.of(mark).ifPresent(element::addClass);
    }

    /** Text whose line breaks are kept as {@code <br>}s. */
    private static void lines(Element element, String text) {
        if (text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
            element.appendText(text);
            return;
        }
        String[] lines = text.split("\r\n|\n|\r", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                element.appendElement("br");
            }
            element.appendText(lines[i]);
        }
    }
}

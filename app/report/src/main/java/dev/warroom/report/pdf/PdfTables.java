package dev.warroom.report.pdf;

import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Cuts a long table into consecutive tables of at most {@value #ROWS} rows, each with the same header row.
 * On paper it reads as one table (the header repeats on every page either way); for the layout engine, whose
 * work on one table grows faster than its rows, a 10,000-row timeline becomes many small ones.
 */
final class PdfTables {

    static final int ROWS = 100;

    private PdfTables() {
    }

    static void split(Document dom) {
        for (Element table : dom.select("table.data")) {
            Element body = table.selectFirst("tbody");
            Element head = table.selectFirst("thead");
            if (body == null || body.childrenSize() <= ROWS) {
                continue;
            }
            List<Element> rows = List.copyOf(body.children());
            Element last = table;
            for (int from = ROWS; from < rows.size(); from += ROWS) {
                Element part = table.shallowClone();
                part.addClass("continued");
                if (head != null) {
                    part.appendChild(head.clone());
                }
                Element partBody = part.appendElement("tbody");
                for (Element row : rows.subList(from, Math.min(rows.size(), from + ROWS))) {
                    partBody.appendChild(row);
                }
                last.after(part);
                last = part;
            }
        }
    }
}

package dev.warroom.report.pdf;

import dev.warroom.report.html.Outline;
import java.util.List;
import org.jsoup.nodes.Element;

/** The PDF's outline (the reader's bookmarks pane): one bookmark per section, nested like the sections. */
final class PdfBookmarks {

    private PdfBookmarks() {
    }

    static void addTo(Element head, List<Outline> outline) {
        Element bookmarks = head.appendElement("bookmarks");
        for (Outline entry : outline) {
            add(bookmarks, entry);
        }
    }

    private static void add(Element parent, Outline entry) {
        Element bookmark = parent.appendElement("bookmark").attr("name", entry.title()).attr("href", "#" + entry.anchor());
        for (Outline child : entry.children()) {
            add(bookmark, child);
        }
    }
}

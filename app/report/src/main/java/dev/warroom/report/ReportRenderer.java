package dev.warroom.report;

import dev.warroom.core.report.doc.ReportDocument;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Lays out a report document in one format. Escapes everything for that format: the document's texts come
 * from plans and journals (a step title may hold {@code <script>} or Markdown table syntax) and must read as
 * text. Never fetches anything from the network. Thread-safe; the document is not changed.
 */
public interface ReportRenderer {

    ReportFormat format();

    void render(ReportDocument document, OutputStream out) throws IOException;
}

package dev.warroom.report.html;

import dev.warroom.core.report.doc.ReportDocument;
import dev.warroom.report.ReportFormat;
import dev.warroom.report.ReportRenderer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/** Writes a report as one self-contained HTML file (UTF-8), readable in a browser and printable. */
public final class HtmlReportRenderer implements ReportRenderer {

    @Override
    public ReportFormat format() {
        return ReportFormat.HTML;
    }

    @Override
    public void render(ReportDocument document, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write(HtmlPage.of(document).html());
        writer.flush();
    }
}

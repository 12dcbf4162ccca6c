package dev.warroom.report.html;

import dev.warroom.core.report.doc.ReportDocument;
import dev.warroom.report.ReportFormat;
import dev.warroom.report.ReportRenderer;
import dev.warroom.report.font.ReportFonts;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * Writes a report as one self-contained HTML file (UTF-8), readable in a browser and printable: its style, charts
 * and the glyphs of its Chinese text are inside it.
 */
public final class HtmlReportRenderer implements ReportRenderer {

    private final ReportFonts fonts;

    public HtmlReportRenderer() {
        this(ReportFonts.onThisMachine());
    }

    public HtmlReportRenderer(ReportFonts fonts) {
        this.fonts = fonts;
    }

    @Override
    public ReportFormat format() {
        return ReportFormat.HTML;
    }

    @Override
    public void render(ReportDocument document, OutputStream out) throws IOException {
        HtmlPage page = HtmlPage.of(document);
        InlineFont.addTo(page.dom(), fonts, page.words());
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write(page.html());
        writer.flush();
    }
}

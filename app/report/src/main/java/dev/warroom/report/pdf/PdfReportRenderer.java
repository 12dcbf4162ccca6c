package dev.warroom.report.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgExternalResourceMode;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgScriptMode;
import com.openhtmltopdf.util.XRLog;
import dev.warroom.core.report.doc.ReportDocument;
import dev.warroom.report.ReportFormat;
import dev.warroom.report.ReportRenderer;
import dev.warroom.report.html.HtmlPage;
import dev.warroom.report.words.LayoutWords;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Writes a report as a PDF: the HTML page laid out by openhtmltopdf, its charts as vector graphics, a CJK
 * TrueType font embedded so Chinese reads on any machine, bookmarks per section and "page N of M" at the foot.
 * Without a CJK font the PDF is still written; it then says on its first page, and {@link #warnings} says,
 * which font package to install. Nothing is fetched: every external resource is refused.
 */
public final class PdfReportRenderer implements ReportRenderer {

    static {
        // openhtmltopdf reports each font it loads at INFO, and each property of our stylesheet it skips (those
        // for browsers, such as print-color-adjust): noise on the user's terminal.
        for (String logger : XRLog.listRegisteredLoggers()) {
            XRLog.setLevel(logger, Level.WARNING);
        }
        XRLog.setLevel(XRLog.CSS_PARSE, Level.SEVERE);
    }

    private final PdfFonts fonts;

    public PdfReportRenderer() {
        this(PdfFonts.onThisMachine());
    }

    public PdfReportRenderer(PdfFonts fonts) {
        this.fonts = fonts;
    }

    @Override
    public ReportFormat format() {
        return ReportFormat.PDF;
    }

    @Override
    public void render(ReportDocument document, OutputStream out) throws IOException {
        write(document, out);
    }

    /** Writes the PDF and returns what the reader should be told beside it (a missing CJK font), in the report's language. */
    public List<String> write(ReportDocument document, OutputStream out) throws IOException {
        HtmlPage page = HtmlPage.of(document);
        Document dom = page.dom();
        LayoutWords words = page.words();
        dom.head().appendElement("style").appendChild(new DataNode(PdfPageRules.css(words)));
        PdfBookmarks.addTo(dom.head(), page.outline());
        PdfTables.split(dom);
        List<String> warnings = new ArrayList<>();
        if (fonts.cjk().isEmpty() && CjkText.in(dom.text())) {
            warnings.add(words.missingCjkFont());
            Element header = dom.selectFirst("header.report-header");
            Element notice = fontNotice(words.missingCjkFont());
            if (header != null) {
                header.after(notice);
            } else {
                dom.body().prependChild(notice);
            }
        }
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .useFastMode()
                .withW3cDocument(new W3CDom().fromJsoup(dom), "about:blank")
                .useSVGDrawer(new BatikSVGDrawer(SvgScriptMode.SECURE, SvgExternalResourceMode.SECURE))
                .useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
                .useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
                .withDiagnosticConsumer(diagnostic -> { })
                .toStream(out);
        embed(builder);
        try {
            builder.run();
        } catch (IOException | RuntimeException e) {
            throw new IOException("the PDF could not be written: " + Optional.ofNullable(e.getMessage()).orElse(e.getClass().getSimpleName()), e);
        }
        out.flush();
        return List.copyOf(warnings);
    }

    /** What {@link #write} would warn about for a report with Chinese text, known before writing one. */
    public List<String> warnings(String languageTag) {
        return fonts.cjk().isPresent() ? List.of() : List.of(LayoutWords.of(languageTag).missingCjkFont());
    }

    /** The notice, with the package's name kept on one line so that it can be copied as it is. */
    private static Element fontNotice(String words) {
        Element notice = new Element("p").addClass("pdf-font-notice").attr("role", "alert");
        int at = words.indexOf(LayoutWords.CJK_FONT_PACKAGE);
        if (at < 0) {
            return notice.text(words);
        }
        notice.appendText(words.substring(0, at));
        notice.appendElement("code").addClass("package").text(LayoutWords.CJK_FONT_PACKAGE);
        return notice.appendText(words.substring(at + LayoutWords.CJK_FONT_PACKAGE.length()));
    }

    private void embed(PdfRendererBuilder builder) {
        Optional<Path> font = fonts.cjk().or(fonts::latin);
        if (font.isEmpty()) {
            return;
        }
        File file = font.get().toFile();
        // One weight only: openhtmltopdf picks the nearest weight of a family, so bold text keeps this font (and
        // its Chinese) rather than falling back to a base font; a second registration would parse the font twice.
        builder.useFont(file, PdfPageRules.FONT_FAMILY, 400, FontStyle.NORMAL, true, EnumSet.of(FSFontUseCase.DOCUMENT, FSFontUseCase.SVG));
    }
}

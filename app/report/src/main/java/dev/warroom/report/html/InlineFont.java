package dev.warroom.report.html;

import dev.warroom.report.font.CjkText;
import dev.warroom.report.font.FontSubset;
import dev.warroom.report.font.ReportFonts;
import dev.warroom.report.words.LayoutWords;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Optional;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;

/**
 * Carries the page's Chinese font inside the page: the glyphs of the characters it shows, cut from this machine's
 * CJK font, as an {@code @font-face} with a data: URL under the family the stylesheet names first. A reader
 * without a CJK font then still reads the Chinese; the page fetches nothing. Without a CJK font here, the page
 * says which package to install.
 */
final class InlineFont {

    static final String FAMILY = "WarRoom Sans";

    private InlineFont() {
    }

    static void addTo(Document page, ReportFonts fonts, LayoutWords words) throws IOException {
        String text = page.text();
        if (!CjkText.in(text)) {
            return;
        }
        Optional<Path> font = fonts.cjk();
        byte[] subset = font.isPresent() ? subset(font.get(), text) : new byte[0];
        if (subset.length == 0) {
            FontNotice.addTo(page, words, LayoutWords::missingCjkFontInPage);
            return;
        }
        String face = "@font-face { font-family: \"" + FAMILY + "\"; font-style: normal; font-weight: 100 900; "
                + "src: url(data:font/ttf;base64," + Base64.getEncoder().encodeToString(subset) + ") format(\"truetype\"); }";
        page.head().appendElement("style").attr("data-font", "inline").appendChild(new DataNode(face));
    }

    private static byte[] subset(Path font, String text) throws IOException {
        try {
            return FontSubset.of(font, text);
        } catch (IOException | RuntimeException e) {
            throw new IOException("the font " + font + " could not be read to inline it in the HTML report: "
                    + Optional.ofNullable(e.getMessage()).orElse(e.getClass().getSimpleName()), e);
        }
    }
}

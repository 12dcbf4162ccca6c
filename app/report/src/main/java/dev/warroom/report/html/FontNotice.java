package dev.warroom.report.html;

import dev.warroom.report.words.LayoutWords;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Function;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The visible notice that the report's Chinese needs a font the writing machine lacks, and which package brings
 * one: in the report's language and, since without the font that language may not read, in English too.
 */
public final class FontNotice {

    private FontNotice() {
    }

    /** Puts the notice under the page's title, once; {@code sentence} picks the PDF's or the HTML page's words. */
    public static void addTo(Document page, LayoutWords words, Function<LayoutWords, String> sentence) {
        if (page.selectFirst("div.font-notice") != null) {
            return;
        }
        Element notice = new Element("div").addClass("font-notice").attr("role", "alert");
        Set<String> sentences = new LinkedHashSet<>();
        sentences.add(sentence.apply(words));
        sentences.add(sentence.apply(LayoutWords.english()));
        boolean first = true;
        for (String text : sentences) {
            Element paragraph = paragraph(text);
            if (!first) {
                paragraph.attr("lang", "en");
            }
            notice.appendChild(paragraph);
            first = false;
        }
        Element header = page.selectFirst("header.report-header");
        if (header != null) {
            header.after(notice);
        } else {
            page.body().prependChild(notice);
        }
    }

    /** One sentence, with the package's name kept on one line so that it can be copied as it is. */
    private static Element paragraph(String words) {
        Element paragraph = new Element("p");
        int at = words.indexOf(LayoutWords.CJK_FONT_PACKAGE);
        if (at < 0) {
            return paragraph.text(words);
        }
        paragraph.appendText(words.substring(0, at));
        paragraph.appendElement("code").addClass("package").text(LayoutWords.CJK_FONT_PACKAGE);
        return paragraph.appendText(words.substring(at + LayoutWords.CJK_FONT_PACKAGE.length()));
    }
}

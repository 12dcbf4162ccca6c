package dev.warroom.report.html;

import dev.warroom.core.report.doc.Block;
import dev.warroom.core.report.doc.JournalCheck;
import dev.warroom.core.report.doc.ReportDocument;
import dev.warroom.core.report.doc.ReportSection;
import dev.warroom.report.words.LayoutWords;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;

/**
 * A report document as one HTML page, built as a DOM: the journal's check at the top, the contents, then each
 * section with an anchor. The page fetches nothing (its style is inline, its charts inline SVG, its fonts the
 * reader's own) and a Content-Security-Policy forbids scripts and fetches should anything slip through.
 */
public final class HtmlPage {

    static final String JOURNAL_ID = "journal";
    static final String CONTENTS_ID = "contents";
    private static final String POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:";

    private final Document page;
    private final List<Outline> outline;
    private final LayoutWords words;

    private HtmlPage(Document page, List<Outline> outline, LayoutWords words) {
        this.page = page;
        this.outline = List.copyOf(outline);
        this.words = words;
    }

    public static HtmlPage of(ReportDocument document) {
        LayoutWords words = LayoutWords.of(document.language());
        Document page = new Document("");
        page.outputSettings().charset("UTF-8").prettyPrint(false);
        page.appendChild(new DocumentType("html", "", ""));
        Element html = page.appendElement("html").attr("lang", document.language());
        Element head = html.appendElement("head");
        head.appendElement("meta").attr("charset", "utf-8");
        head.appendElement("meta").attr("http-equiv", "Content-Security-Policy").attr("content", POLICY);
        head.appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
        head.appendElement("meta").attr("name", "generator").attr("content", "WarRoom");
        head.appendElement("meta").attr("name", "warroom-template").attr("content", document.templateId());
        head.appendElement("title").text(document.title());
        head.appendElement("style").appendChild(new org.jsoup.nodes.DataNode(ReportStyles.screenAndPrint()));
        Element body = html.appendElement("body");

        Element header = body.appendElement("header").addClass("report-header");
        header.appendElement("h1").text(document.title());
        if (!document.languageNote().isBlank()) {
            header.appendElement("p").addClass("language-note").text(document.languageNote());
        }
        journal(body, document.journal(), words);

        List<Outline> outline = new ArrayList<>();
        outline.add(new Outline(JOURNAL_ID, words.journalHeading(), List.of()));
        Element contents = body.appendElement("nav").attr("id", CONTENTS_ID).addClass("contents")
                .attr("aria-labelledby", CONTENTS_ID + "-heading");
        contents.appendElement("h2").attr("id", CONTENTS_ID + "-heading").text(words.contents());

        Element main = body.appendElement("main");
        Anchors anchors = new Anchors();
        BlockHtml blocks = new BlockHtml(words);
        for (ReportSection section : document.sections()) {
            outline.add(section(main, section, 2, anchors, blocks));
        }
        contentsList(contents, outline.subList(1, outline.size()));
        return new HtmlPage(page, outline, words);
    }

    /** The page as a jsoup DOM: the PDF renderer adds its page rules and bookmarks to a copy of it. */
    public Document dom() {
        return page;
    }

    public List<Outline> outline() {
        return outline;
    }

    public LayoutWords words() {
        return words;
    }

    public String html() {
        return page.outerHtml();
    }

    private static void journal(Element body, JournalCheck check, LayoutWords words) {
        Element box = body.appendElement("section").attr("id", JOURNAL_ID)
                .addClass("journal").addClass(check.verified() ? "journal-verified" : "journal-failed")
                .attr("role", check.verified() ? "status" : "alert");
        box.appendElement("h2").addClass("journal-state").text(check.verified() ? words.journalVerified() : words.journalFailed());
        if (!check.words().isBlank()) {
            box.appendElement("p").addClass("journal-words").text(check.words());
        }
        Element hash = box.appendElement("p").addClass("journal-hash");
        hash.appendElement("span").addClass("journal-hash-label").text(words.finalHash());
        hash.appendText(" ");
        hash.appendElement("code").text(check.finalHash());
    }

    private static Outline section(Element parent, ReportSection section, int level, Anchors anchors, BlockHtml blocks) {
        String anchor = anchors.forSection(section.id());
        Element element = parent.appendElement("section").attr("id", anchor).addClass("report-section").addClass("level-" + level);
        element.appendElement("h" + Math.min(6, level)).text(section.title());
        for (Block block : section.blocks()) {
            blocks.append(element, block);
        }
        List<Outline> children = new ArrayList<>();
        for (ReportSection subsection : section.subsections()) {
            children.add(section(element, subsection, level + 1, anchors, blocks));
        }
        return new Outline(anchor, section.title(), children);
    }

    private static void contentsList(Element parent, List<Outline> entries) {
        if (entries.isEmpty()) {
            return;
        }
        Element list = parent.appendElement("ol");
        for (Outline entry : entries) {
            Element item = list.appendElement("li");
            item.appendElement("a").attr("href", "#" + entry.anchor()).text(entry.title());
            contentsList(item, entry.children());
        }
    }
}

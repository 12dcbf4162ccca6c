package dev.warroom.report.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.warroom.core.report.doc.Paragraph;
import dev.warroom.core.report.doc.Cell;
import dev.warroom.core.report.doc.JournalCheck;
import dev.warroom.core.report.doc.ReportDocument;
import dev.warroom.core.report.doc.ReportSection;
import dev.warroom.report.ReportFormat;
import dev.warroom.report.Renderers;
import dev.warroom.report.fixture.SampleReports;
import dev.warroom.report.font.ReportFonts;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

class HtmlReportRendererTest {

    private static Document rendered(ReportDocument document) throws IOException {
        return rendered(document, ReportFonts.onThisMachine());
    }

    private static Document rendered(ReportDocument document, ReportFonts fonts) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new HtmlReportRenderer(fonts).render(document, out);
        return Jsoup.parse(out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void theHtmlRendererIsTheOneInstalledForHtml() {
        assertThat(Renderers.of(ReportFormat.HTML)).get().isInstanceOf(HtmlReportRenderer.class);
    }

    @Test
    void aStepTitleHoldingMarkupRendersAsTextAndRunsNothing() throws IOException {
        Document page = rendered(SampleReports.drillInChinese());

        assertThat(page.select("script")).isEmpty();
        assertThat(page.select("img")).isEmpty();
        for (Element element : page.getAllElements()) {
            assertThat(element.attributes().asList()).extracting(Attribute::getKey)
                    .noneMatch(name -> name.toLowerCase().startsWith("on"));
        }
        Elements stepCells = page.select("table[data-table=steps] td");
        assertThat(stepCells.eachText()).contains(SampleReports.SCRIPT_TITLE, SampleReports.IMG_TITLE);
        assertThat(page.select("svg text").eachText()).contains(SampleReports.SCRIPT_TITLE, SampleReports.IMG_TITLE);
    }

    @Test
    void thePageFetchesNothing() throws IOException {
        Document page = rendered(SampleReports.drillInChinese());

        assertThat(page.select("link, script, iframe, object, embed, img, video, audio, source")).isEmpty();
        assertThat(page.select("[src]")).isEmpty();
        assertThat(page.select("[href]").eachAttr("href")).allMatch(href -> href.startsWith("#"));
        String style = page.select("style").html();
        assertThat(style).doesNotContain("@import");
        assertThat(Pattern.compile("url\\(([^)]{0,30})").matcher(style).results().map(m -> m.group(1)))
                .as("every url( in the style").allMatch(url -> url.startsWith("data:font/ttf;base64,"));
        assertThat(page.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content")).contains("default-src 'none'");
    }

    @Test
    void theChineseGlyphsTravelInsideThePageAsASmallSubsetOfTheFont() throws IOException {
        ReportFonts fonts = ReportFonts.onThisMachine();
        assumeTrue(fonts.cjk().isPresent(), "no CJK TrueType font on this machine: apt-get install -y fonts-wqy-microhei");
        Document page = rendered(SampleReports.drillInChinese(), fonts);

        Elements faces = page.select("style[data-font=inline]");
        assertThat(faces).hasSize(1);
        Matcher face = Pattern.compile("@font-face \\{ font-family: \"WarRoom Sans\";.*src: url\\(data:font/ttf;base64,([A-Za-z0-9+/=]+)\\)")
                .matcher(faces.html());
        assertThat(face.find()).as(faces.html().substring(0, 120)).isTrue();
        byte[] subset = Base64.getDecoder().decode(face.group(1));
        assertThat(subset.length).as("the subset's size against the whole font's")
                .isLessThan((int) (Files.size(fonts.cjk().get()) / 20));
        Set<Integer> chinese = page.text().codePoints()
                .filter(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN).boxed().collect(Collectors.toSet());
        assertThat(chinese).hasSizeGreaterThan(30);
        try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(subset))) {
            CmapLookup cmap = font.getUnicodeCmapLookup();
            for (int cp : chinese) {
                int glyph = cmap.getGlyphId(cp);
                assertThat(glyph).as("the glyph of " + Character.toString(cp)).isNotZero();
                assertThat(font.getGlyph().getGlyph(glyph).getPath().getBounds2D().getWidth()).as("the outline of " + Character.toString(cp)).isPositive();
            }
        }
    }

    @Test
    void withoutACjkFontThePageSaysOnceWhichPackageToInstall() throws IOException {
        Document page = rendered(SampleReports.drillInChinese(), ReportFonts.none());

        assertThat(page.select("style").html()).doesNotContain("@font-face");
        Elements notices = page.select(".font-notice");
        assertThat(notices).hasSize(1);
        Element notice = notices.first();
        assertThat(notice.attr("role")).isEqualTo("alert");
        assertThat(notice.previousElementSibling().hasClass("report-header")).isTrue();
        assertThat(notice.select("p").eachText()).containsExactly(
                "產生此網頁的電腦上找不到中日韓字型，網頁未內含中文字形；讀者的電腦若沒有中文字型，中文會顯示為空白方框。"
                        + "請安裝中日韓 TrueType 字型（Debian/Ubuntu：apt-get install fonts-wqy-microhei）後重新產生報告。",
                "No CJK font was found on the machine that wrote this page, so it does not carry the glyphs of its Chinese text: "
                        + "where the reader has no Chinese font, they show as empty boxes. "
                        + "Install a CJK TrueType font (Debian/Ubuntu: apt-get install fonts-wqy-microhei) and write the report again.");
        assertThat(notice.select("p").last().attr("lang")).isEqualTo("en");
        assertThat(page.select("style").html()).contains(".font-notice { border: 2px solid #c62828");
    }

    @Test
    void aPageWithoutChineseCarriesNoFontAndNoNotice() throws IOException {
        ReportDocument english = new ReportDocument("Failover drill", "en", "drill",
                new JournalCheck(SampleReports.FINAL_HASH, true, "hash chain intact"),
                List.of(new ReportSection("summary", "Summary", List.of(new Paragraph(Cell.of("Every step was confirmed."))))), "");
        Document page = rendered(english, ReportFonts.none());

        assertThat(page.text().codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN))
                .as("the English sample holds no Chinese").isFalse();
        assertThat(page.select("style").html()).doesNotContain("@font-face");
        assertThat(page.select(".font-notice")).isEmpty();
    }

    @Test
    void theJournalCheckIsAtTheTopInWordsAndRedWhenItFailed() throws IOException {
        Document verified = rendered(SampleReports.drillInChinese());
        Document failed = rendered(SampleReports.failedJournal());

        Element first = verified.body().child(1);
        assertThat(first.id()).isEqualTo("journal");
        assertThat(first.hasClass("journal-verified")).isTrue();
        assertThat(first.text()).contains("日誌驗證通過", SampleReports.FINAL_HASH, "雜湊鏈完整");

        Element failedBox = failed.getElementById("journal");
        assertThat(failedBox.hasClass("journal-failed")).isTrue();
        assertThat(failedBox.attr("role")).isEqualTo("alert");
        assertThat(failedBox.text()).contains("日誌驗證失敗", "第 17 個事件的雜湊不符");
        assertThat(failed.select("style").html()).contains(".journal-failed { border: 3px solid #c62828");
    }

    @Test
    void theLanguageSectionsAndContentsLinkUp() throws IOException {
        Document page = rendered(SampleReports.drillInChinese());

        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("zh-TW");
        assertThat(page.title()).contains(SampleReports.CHINESE_SUMMARY);
        List<String> links = page.select("nav#contents a").eachAttr("href");
        assertThat(links).hasSize(page.select("main section").size())
                .contains("#section-summary", "#section-replica-lag", "#section-root-cause");
        for (String link : links) {
            assertThat(page.getElementById(link.substring(1))).as(link).isNotNull();
        }
        assertThat(page.selectFirst("nav#contents h2").text()).isEqualTo("目錄");
        assertThat(page.selectFirst("#section-replica-lag h3").text()).isEqualTo("複本延遲");
    }

    @Test
    void marksAreColouredAndFieldsToFillAreDashedBoxesWithLabelAndHint() throws IOException {
        Document page = rendered(SampleReports.drillInChinese());

        assertThat(page.select(".mark-good").eachText()).contains("達成", "恢復完成");
        assertThat(page.select(".mark-bad").eachText()).contains("未達成", "失敗");
        assertThat(page.select(".mark-warning").eachText()).contains("完成 — 未驗證");
        assertThat(page.select("table[data-table=action-items] .to-fill-inline")).hasSize(2);
        Element box = page.selectFirst("div.to-fill[data-field=root-cause]");
        assertThat(box.selectFirst(".to-fill-label").text()).contains("待填寫", "根本原因");
        assertThat(box.selectFirst(".to-fill-hint").text()).contains(SampleReports.ROOT_CAUSE_HINT);
        String css = page.select("style").html();
        assertThat(css).contains(".mark-good { color: #1b5e20", ".mark-bad { color: #b71c1c", ".mark-warning { color: #6d4c00",
                ".to-fill { border: 2px dashed");
    }

    @Test
    void everyChartIsInlineSvgWithATitleAndADescription() throws IOException {
        Document page = rendered(SampleReports.drillInChinese());

        Elements charts = page.select("figure.chart > svg");
        assertThat(charts).hasSize(4);
        for (Element svg : charts) {
            assertThat(svg.attr("role")).isEqualTo("img");
            assertThat(svg.selectFirst("title").text()).isNotBlank();
            assertThat(svg.selectFirst("desc").text()).isNotBlank();
            assertThat(Integer.parseInt(svg.attr("width"))).isLessThanOrEqualTo(640);
        }
        assertThat(charts.select("title").eachText())
                .containsExactly("RTO 各階段：實際與預算", "複本延遲與 RPO", "步驟甘特圖", "演練標準：達成與未達成");
        assertThat(page.select("figure.chart svg text").eachText()).contains("RPO 1分", "提升 3分", "30秒");
    }

    @Test
    void tablesKeepTheirHeadersAndLineBreaksAreKept() throws IOException {
        Document page = rendered(SampleReports.drillInChinese());

        Element timeline = page.selectFirst("table[data-table=timeline]");
        assertThat(timeline.select("thead th").eachText()).containsExactly("時間", "誰", "發生了什麼");
        assertThat(timeline.select("tbody tr")).hasSize(SampleReports.TIMELINE_ROWS);
        assertThat(page.selectFirst("#section-summary p").select("br")).hasSize(1);
        assertThat(page.select("style").html()).contains("thead { display: table-header-group; }", "@media print");
    }
}

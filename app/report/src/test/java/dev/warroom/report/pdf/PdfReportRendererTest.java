package dev.warroom.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.warroom.core.report.doc.Cell;
import dev.warroom.core.report.doc.JournalCheck;
import dev.warroom.core.report.doc.ReportDocument;
import dev.warroom.core.report.doc.ReportSection;
import dev.warroom.core.report.doc.Table;
import dev.warroom.core.report.doc.TableIds;
import dev.warroom.report.ReportFormat;
import dev.warroom.report.Renderers;
import dev.warroom.report.fixture.SampleReports;
import dev.warroom.report.fixture.Tool;
import dev.warroom.report.font.ReportFonts;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The PDF checked as a reader gets it: its text, fonts and first page through poppler, its bookmarks through PDFBox. */
class PdfReportRendererTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @BeforeAll
    static void popplerIsThere() {
        assumeTrue(Tool.installed("pdftotext") && Tool.installed("pdffonts") && Tool.installed("pdftoppm"),
                "poppler-utils is not installed (pdftotext, pdffonts, pdftoppm): apt-get install -y poppler-utils; the PDF checks are skipped");
    }

    private static Path write(ReportDocument document, PdfReportRenderer renderer, String name, List<String> warnings) throws IOException {
        Path pdf = Tool.samples().resolve(name);
        try (OutputStream out = Files.newOutputStream(pdf)) {
            warnings.addAll(renderer.write(document, out));
        }
        return pdf;
    }

    private static String text(Path pdf, String... pageRange) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("pdftotext", "-enc", "UTF-8"));
        command.addAll(List.of(pageRange));
        command.addAll(List.of(pdf.toString(), "-"));
        Tool.Result result = Tool.run(PATIENCE, command);
        assertThat(result.exitCode()).as(result.err()).isZero();
        return result.out();
    }

    @Test
    void chineseIsEmbeddedAndReadsBackWithPageNumbersAndCharts() throws IOException, InterruptedException {
        ReportFonts fonts = ReportFonts.onThisMachine();
        assumeTrue(fonts.cjk().isPresent(), "no CJK TrueType font on this machine: apt-get install -y fonts-wqy-microhei");
        List<String> warnings = new ArrayList<>();
        Path pdf = write(SampleReports.drillInChinese(), new PdfReportRenderer(fonts), "drill-zh-TW.pdf", warnings);

        assertThat(warnings).isEmpty();
        String text = text(pdf);
        int pages;
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            pages = document.getNumberOfPages();
        }
        assertThat(pages).isGreaterThan(2);
        assertThat(text).contains(SampleReports.CHINESE_SUMMARY, "日誌驗證通過", SampleReports.FINAL_HASH.substring(0, 32),
                "第 1 頁，共 " + pages + " 頁", "第 " + pages + " 頁，共 " + pages + " 頁",
                "RTO 各階段：實際與預算", "步驟甘特圖", "延遲最高 1 分 22 秒", "待填寫", SampleReports.ROOT_CAUSE_HINT);
        assertThat(text).contains(SampleReports.SCRIPT_TITLE, SampleReports.IMG_TITLE);

        Tool.Result fontList = Tool.run(PATIENCE, "pdffonts", pdf.toString());
        assertThat(fontList.out().lines().filter(line -> line.contains("WenQuanYi") || line.contains("WQY")))
                .isNotEmpty()
                .allMatch(line -> line.matches(".*\\byes\\s+yes\\s+(yes|no)\\s+\\d+\\s+\\d+\\s*$"), "embedded as a subset");

        Path png = Tool.samples().resolve("drill-zh-TW-page");
        Tool.Result picture = Tool.run(PATIENCE, "pdftoppm", "-png", "-r", "70", "-f", "1", "-l", "3", pdf.toString(), png.toString());
        assertThat(picture.exitCode()).as(picture.err()).isZero();
        assertThat(Files.size(Path.of(png + "-1.png"))).isGreaterThan(10_000);
    }

    /**
     * A timeline shaped as the built-in report's (time, T+, event, actor, and an outcome that runs long) and an injects
     * table of eleven columns: each time, duration and name reads whole on the page, none one character per line, and
     * the last column of the wide table is on the paper.
     */
    @Test
    void timesDurationsAndNamesReadWholeInNarrowColumnsAndAWideTableStaysOnThePage() throws IOException, InterruptedException {
        ReportFonts fonts = ReportFonts.onThisMachine();
        assumeTrue(fonts.cjk().isPresent(), "no CJK TrueType font on this machine: apt-get install -y fonts-wqy-microhei");
        String outcome = "ai-workflow-db-prod available — health up after 1m30s · 已在 db-prod 上驗證，時間 2026-12-07T16:47:17Z";
        List<List<Cell>> timeline = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            timeline.add(List.of(Cell.of(String.format("16:%02d:47", 40 + i)), Cell.of((i + 1) + "分30秒"),
                    Cell.of("完成：提升從節點為主節點 (< 2 min)"), Cell.of(i % 2 == 0 ? "autopilot" : "王小明"), Cell.of(outcome)));
        }
        List<String> injectHeadings = List.of("注入事件", "預定", "狀態", "觸發時間", "T+", "方式", "訊息", "預期行動", "環境變更", "暫停", "確認收到");
        List<Cell> inject = List.of(Cell.of("pod-not-reconnected"), Cell.of("on answered db-recovered = yes"), Cell.of("已觸發"),
                Cell.of("16:48:17"), Cell.of("2分30秒"), Cell.of("由觸發條件"), Cell.of("應用團隊: Agent Service 仍有一個 Pod 沒有重連，持續報錯"),
                Cell.of("判斷「應用自動恢復」是否達成，必要時重啟該 Pod (judge whether the applications recovered on their own)"),
                Cell.of("db-dr 上的 replica-lag-spike (45s)"), Cell.of("—"), Cell.of("最後一欄"));
        ReportDocument document = new ReportDocument("演練報告", "zh-TW", "drill", new JournalCheck(SampleReports.FINAL_HASH, true, "雜湊鏈完整"),
                List.of(new ReportSection("timeline", "時間線", List.of(new Table(TableIds.TIMELINE, "", List.of("時間", "T+", "事件", "執行者", "結果"), timeline))),
                        new ReportSection("injects", "注入事件", List.of(new Table(TableIds.INJECTS, "", injectHeadings, List.of(inject))))),
                "");
        Path pdf = write(document, new PdfReportRenderer(fonts), "narrow-columns.pdf", new ArrayList<>());

        List<String> lines = text(pdf, "-raw").lines().map(String::strip).toList();
        for (int i = 0; i < 12; i++) {
            String time = String.format("16:%02d:47", 40 + i);
            String took = (i + 1) + "分30秒";
            assertThat(lines).as("row %d's time and duration, each on one line", i)
                    .anyMatch(line -> line.contains(time)).anyMatch(line -> line.contains(took));
        }
        assertThat(lines).anyMatch(line -> line.contains("autopilot")).anyMatch(line -> line.contains("王小明"))
                .anyMatch(line -> line.contains("16:48:17")).anyMatch(line -> line.contains("最後一欄"));
    }

    @Test
    void thePdfRendererIsTheOneInstalledForPdf() {
        assertThat(Renderers.of(ReportFormat.PDF)).get().isInstanceOf(PdfReportRenderer.class);
    }

    @Test
    void everySectionIsABookmark() throws IOException {
        List<String> warnings = new ArrayList<>();
        Path pdf = write(SampleReports.drillInChinese(), new PdfReportRenderer(), "drill-bookmarks.pdf", warnings);

        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            List<String> titles = new ArrayList<>();
            List<String> children = new ArrayList<>();
            for (PDOutlineItem item : document.getDocumentCatalog().getDocumentOutline().children()) {
                titles.add(item.getTitle());
                item.children().forEach(child -> children.add(child.getTitle()));
            }
            assertThat(titles).containsExactly("日誌", "基本資訊", "RTO 與 RPO", "步驟", "演練標準", "時間軸", "後續行動", "根本原因");
            assertThat(children).containsExactly("複本延遲");
        }
    }

    @Test
    void aTableRunningOntoTheNextPageRepeatsItsHeader() throws IOException, InterruptedException {
        List<String> warnings = new ArrayList<>();
        ReportDocument longTimeline = SampleReports.drill("zh-TW", SampleReports.drillInChinese().journal(), 2 * PdfTables.ROWS + 50);
        Path pdf = write(longTimeline, new PdfReportRenderer(), "drill-long-table.pdf", warnings);
        int pages;
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            pages = document.getNumberOfPages();
        }
        List<Integer> timelinePages = new ArrayList<>();
        for (int page = 1; page <= pages; page++) {
            String text = text(pdf, "-f", Integer.toString(page), "-l", Integer.toString(page));
            if (text.contains("：狀態板讀取 replica.lag")) {
                timelinePages.add(page);
                assertThat(text).as("page %d", page).contains("發生了什麼");
            }
        }
        assertThat(timelinePages).as("the timeline runs across pages").hasSizeGreaterThan(3);
        String all = text(pdf);
        assertThat(all).contains("事件 1：", "事件 " + (2 * PdfTables.ROWS + 50) + "：");
    }

    @Test
    void withoutACjkFontThePdfIsStillWrittenAndSaysWhichFontToInstall() throws IOException, InterruptedException {
        List<String> warnings = new ArrayList<>();
        Path pdf = write(SampleReports.drillInChinese(), new PdfReportRenderer(ReportFonts.none()), "drill-no-font.pdf", warnings);

        assertThat(warnings).singleElement().asString().contains("fonts-wqy-microhei");
        assertThat(new PdfReportRenderer(ReportFonts.none()).warnings("en")).singleElement().asString().contains("fonts-wqy-microhei");
        assertThat(text(pdf)).contains("fonts-wqy-microhei");
    }

    @Test
    void aFailedJournalSaysSoOnTheFirstPage() throws IOException, InterruptedException {
        List<String> warnings = new ArrayList<>();
        Path pdf = write(SampleReports.failedJournal(), new PdfReportRenderer(), "drill-failed-journal.pdf", warnings);

        assertThat(text(pdf, "-f", "1", "-l", "1")).contains("日誌驗證失敗", "第 17 個事件的雜湊不符");
    }
}

package dev.warroom.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.warroom.report.fixture.Tool;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Q1 database drill of the AI Workflow plan, run with --auto, its report read as a Chinese or English reader reads it:
 * each step's status and how it was established said once each, the steps' times once in Markdown, why the RPO was not
 * measured, the engine's own evidence for a criterion in the reader's language, and the PDF's injects table readable.
 */
class DrillReportSaysItOnceInTheReadersLanguageTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @TempDir
    static Path dir;

    private static Path journal;
    private static String english;
    private static String traditional;
    private static String simplified;
    private static Document html;

    @BeforeAll
    static void runTheDrillAndReportIt() throws Exception {
        journal = dir.resolve("q1.jsonl");
        CliRun drill = Incidents.autoRun(journal, "--drill", DrillRunTest.DRILL);
        assertThat(drill.exitCode()).as(drill.all()).isZero();
        english = report("md", "en");
        traditional = report("md", "zh-TW");
        simplified = report("md", "zh-CN");
        html = Jsoup.parse(report("html", "en"));
    }

    private static String report(String format, String language) throws Exception {
        return Files.readString(write(format, language), StandardCharsets.UTF_8);
    }

    private static Path write(String format, String language) throws Exception {
        Path out = dir.resolve("q1." + language + "." + format);
        CliRun run = CliRun.of("report", journal.toString(), "--format", format, "--lang", language, "--out", out.toString());
        assertThat(run.exitCode()).as(run.all()).isZero();
        return out;
    }

    private static String section(String markdown, String heading) {
        int start = markdown.indexOf("## " + heading + "\n");
        assertThat(start).as("section " + heading).isNotNegative();
        int end = markdown.indexOf("\n## ", start + 3);
        return markdown.substring(start, end < 0 ? markdown.length() : end);
    }

    private static String row(String markdown, String stepTitle) {
        return markdown.lines().filter(l -> l.contains(" | " + stepTitle + " | ")).findFirst()
                .orElseThrow(() -> new AssertionError("no row for " + stepTitle));
    }

    @Test
    void aStepsStatusSaysWhatBecameOfItAndHowEstablishedSaysHowItIsKnown() {
        String execution = section(english, "Execution");

        assertThat(row(execution, "Standby promoted to primary (\\< 2 min)")).contains("| ✅ done | ✅ verified by watching db-prod: health up");
        assertThat(row(execution, "Confirm the primary has failed")).contains("| ✅ done | ✅ confirmed by autopilot: asked");
        assertThat(row(execution, "Verify data consistency")).contains("| ⚠️ done | ⚠️ not verified: nobody checked");
        assertThat(execution).as("the status no longer says how the outcome is known").doesNotContain("done — ");
        assertThat(row(section(traditional, "執行情況"), "提升從節點為主節點 (\\< 2 min)")).contains("| ✅ 完成 | ✅ 觀察 db-prod");
    }

    @Test
    void markdownSaysTheStepsTimesOnceAndWhatTheGanttAdds() {
        String execution = section(english, "Execution");

        assertThat(execution).as("the Gantt's start and end again, under the steps table's").doesNotContain("| T+0s |", "| T+1m30s |");
        assertThat(execution).contains("5 step(s): 3 verified, 1 confirmed, 1 not verified, 0 not done. They ran from T+0s to T+1m30s after the impact.");
        assertThat(section(traditional, "執行情況")).contains("自影響起算，步驟於 T+0秒 開始，T+1分30秒 結束。").doesNotContain("| T+0秒 |");
        assertThat(html.select("figure.chart svg")).as("HTML keeps its charts").anyMatch(svg -> svg.text().contains("The steps over time"));
    }

    @Test
    void theReportSaysWhyTheRpoWasNotMeasured() {
        assertThat(section(english, "Metrics achieved")).contains("⚠️ RPO not measured: the journal holds no promotion step (database.promote), "
                + "so there is no moment at which the replica's lag, the data at risk, was read.");
        assertThat(section(traditional, "指標達成")).contains("⚠️ RPO 未量測：日誌中沒有提升步驟（database.promote），因此沒有讀取副本延遲");
        assertThat(simplified).contains("⚠️ RPO 未测量：日志中没有提升步骤（database.promote）");
        assertThat(html.select(".mark-warning").eachText()).anyMatch(t -> t.startsWith("RPO not measured: the journal holds no promotion step"));
    }

    @Test
    void theEnginesEvidenceForACriterionIsInTheReadersLanguage() {
        String criteria = section(traditional, "成功標準");

        assertThat(criteria).contains("| ⚠️ 無法判定 | autopilot, ").contains("| 未評定：--auto 執行沒有主持人可詢問 |")
                .doesNotContain("not judged", "facilitator");
        assertThat(section(traditional, "時間線")).contains("未評定：--auto 執行沒有主持人可詢問").doesNotContain("no facilitator to ask");
        assertThat(simplified).contains("未评定：--auto 运行没有主持人可询问").doesNotContain("no facilitator to ask");
        assertThat(section(english, "Success criteria")).contains("not judged: an --auto run has no facilitator to ask");
    }

    /**
     * The injects table has eleven columns; left to the PDF's table layout, "Acknowledged" and "World change" stood one
     * character to a line. Each heading and each time reads whole on the page.
     */
    @Test
    void everyHeadingAndTimeOfThePdfsInjectsTableReadsWhole() throws Exception {
        assumeTrue(Tool.installed("pdftotext"), "poppler-utils is not installed: apt-get install -y poppler-utils");
        List<String> traditionalLines = pdfLines("zh-TW");
        List<String> englishLines = pdfLines("en");

        for (String heading : List.of("注入事件", "預定", "狀態", "觸發時間", "方式", "訊息", "預期行動", "環境變更", "暫停", "確認收到")) {
            assertThat(traditionalLines).as(heading).anyMatch(line -> line.contains(heading));
        }
        for (String heading : List.of("Inject", "Planned", "Status", "Fired", "How", "Message", "Expected", "World", "change", "Held", "Acknowledged")) {
            assertThat(englishLines).as(heading).anyMatch(line -> line.matches(".*\\b" + heading + "\\b.*"));
        }
        assertThat(englishLines).as("an acknowledgement's time whole").anyMatch(line -> line.endsWith("autopilot,"))
                .noneMatch(line -> line.matches(".*autopilot, \\d\\d:"));
        assertThat(englishLines).as("the inject's status whole").anyMatch(line -> line.contains("reached"))
                .anyMatch(line -> line.contains("trigger"));
    }

    private static List<String> pdfLines(String language) throws Exception {
        Tool.Result text = Tool.run(PATIENCE, "pdftotext", "-enc", "UTF-8", "-raw", write("pdf", language).toString(), "-");
        assertThat(text.exitCode()).as(text.out() + text.err()).isZero();
        return text.out().lines().map(String::strip).toList();
    }
}

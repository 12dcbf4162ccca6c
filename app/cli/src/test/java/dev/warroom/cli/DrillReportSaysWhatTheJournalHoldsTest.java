package dev.warroom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Q1 database drill of the AI Workflow plan, run with --auto and nobody to judge its criteria, reported as its
 * author reads it: the lag of each data store by name, each chart's data said once in Markdown, a yes/no criterion's
 * target a yes, and the recovery done by hand (the standby's promotion verified by a reading) measured.
 */
class DrillReportSaysWhatTheJournalHoldsTest {

    @TempDir
    static Path dir;

    private static String english;
    private static String traditional;
    private static String html;
    private static String traditionalHtml;

    @BeforeAll
    static void runTheDrillAndReportIt() throws Exception {
        Path journal = dir.resolve("q1.jsonl");
        CliRun drill = Incidents.autoRun(journal, "--drill", DrillRunTest.DRILL);
        assertThat(drill.exitCode()).as(drill.all()).isZero();
        english = report(journal, "md", "en");
        traditional = report(journal, "md", "zh-TW");
        html = report(journal, "html", "en");
        traditionalHtml = report(journal, "html", "zh-TW");
    }

    private static String report(Path journal, String format, String language) throws Exception {
        Path out = dir.resolve("q1." + language + "." + format);
        CliRun run = CliRun.of("report", journal.toString(), "--format", format, "--lang", language, "--out", out.toString());
        assertThat(run.exitCode()).as(run.all()).isZero();
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    /** A Markdown section, from its heading to the next one of its level. */
    private static String section(String markdown, String heading) {
        int start = markdown.indexOf("## " + heading + "\n");
        assertThat(start).as("section " + heading).isNotNegative();
        int end = markdown.indexOf("\n## ", start + 3);
        return markdown.substring(start, end < 0 ? markdown.length() : end);
    }

    private static int count(String text, String part) {
        Matcher m = Pattern.compile(Pattern.quote(part)).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    @Test
    void theLagIsEachDataStoresByNameAndTheOtherResourcesAreNotHeldAgainstTheRpo() {
        String lag = section(english, "Replication lag");

        assertThat(lag).contains("| db-dr | azure-postgres-flexible | once, at T+0s |", "| redis-dr | azure-redis |",
                "| blob-dr | azure-blob-storage |", "The journal holds one lag reading of each data store", "so there is no lag over time to draw.");
        assertThat(lag).as("a cluster's or a deployment's lag is not data at risk").doesNotContain("| aks-dr |")
                .contains("not judged against the RPO: aks-dr, dr-api-gateway,");
        assertThat(lag).as("no line drawn through twelve resources' first readings").doesNotContain("| T+0s |", "12 lag reading");
        assertThat(section(traditional, "複製延遲")).contains("| db-dr | azure-postgres-flexible | 一次，T+0秒 |");
    }

    @Test
    void markdownSaysEachChartsDataOnce() {
        String metrics = section(english, "Metrics achieved");
        String criteria = section(english, "Success criteria");

        assertThat(count(metrics, "| detection |")).as(metrics).isEqualTo(1);
        assertThat(count(metrics, "detection:")).as("the phases not listed again in words").isZero();
        assertThat(metrics).contains("4 phases: 4 met, 0 missed, 0 not measured.");
        assertThat(count(criteria, "| Applications recover on their own |")).as(criteria).isEqualTo(1);
        assertThat(criteria).contains("4 criteria: 1 met, 0 not met, 3 undetermined or not judged.");
    }

    @Test
    void aYesNoCriterionsTargetIsAYesInTheChart() {
        assertThat(html).contains("actual undetermined · target yes");
        assertThat(traditionalHtml).contains("實際 無法判定 · 目標 是");
    }

    @Test
    void theChartsSayTheirDurationsInTheReportsUnits() {
        assertThat(traditionalHtml).as("the phases' time axis, as the tables say durations").contains(">30分</text>")
                .doesNotContain(">30m</text>");
        assertThat(html).contains(">30m</text>");
    }

    @Test
    void recoveryDoneByHandAndVerifiedByAReadingIsMeasured() {
        String metrics = section(english, "Metrics achieved");

        assertThat(metrics).contains("| recovery | 30m | 1m30s | ✅ met |", "| verification | 15m | 1m | ✅ met |");
        assertThat(section(traditional, "指標達成")).contains("| 復原 | 30分 | 1分30秒 | ✅ 達成 |");
    }
}

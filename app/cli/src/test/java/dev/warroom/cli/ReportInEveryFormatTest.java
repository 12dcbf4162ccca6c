package dev.warroom.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.warroom.report.csv.Rfc4180;
import dev.warroom.report.fixture.Tool;
import dev.warroom.report.json.ReportSchema;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One scripted drill of the AI Workflow plan (the Q1 database drill, TABLETOP, --auto, an --answers file), reported
 * in all five formats and all three languages through {@code warroom report}, each read back as its reader would.
 */
class ReportInEveryFormatTest {

    static final List<String> FORMATS = List.of("md", "html", "pdf", "csv", "json");
    static final List<String> LANGUAGES = List.of("en", "zh-TW", "zh-CN");
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @TempDir
    static Path dir;

    static Path journal;
    /** format + "." + language → the file written. */
    static final Map<String, Path> written = new TreeMap<>();
    static final Map<String, CliRun> runs = new TreeMap<>();

    @BeforeAll
    static void runTheDrillAndReportItInEveryFormatAndLanguage() throws Exception {
        journal = dir.resolve("q1.jsonl");
        CliRun drill = Incidents.autoRun(journal, "--drill", DrillRunTest.DRILL, "--answers", DrillAnswers.write(dir).toString());
        assertThat(drill.exitCode()).as(drill.all()).isZero();
        for (String format : FORMATS) {
            for (String language : LANGUAGES) {
                Path out = dir.resolve("q1." + language + "." + format);
                runs.put(format + "." + language, CliRun.of("report", journal.toString(), "--format", format, "--lang", language,
                        "--out", out.toString()));
                written.put(format + "." + language, out);
            }
        }
    }

    /** Test fixture: the facilitator's end of the drill, as an --answers file. */
    static final class DrillAnswers {
        static Path write(Path folder) throws Exception {
            List<String> lines = new ArrayList<>(List.of(
                    "actor: dana",
                    "verdicts:",
                    "  " + DrillRunTest.customCriterion() + ": {verdict: met, evidence: \"apps reconnected within 30 s\"}",
                    "hotWash:",
                    "  wentWell: [the standby took over on its own]",
                    "  toImprove: [nobody watched the replica lag]",
                    "  actions:",
                    "    - {text: page the DBA on call sooner, owner: erin, due: 2025-04-01}",
                    "cleanup: {tick: all}"));
            return Files.write(folder.resolve("answers.yaml"), lines, StandardCharsets.UTF_8);
        }
    }

    private static String text(String format, String language) throws Exception {
        return Files.readString(written.get(format + "." + language), StandardCharsets.UTF_8);
    }

    private static String pdfText(Path pdf) throws Exception {
        Tool.Result result = Tool.run(PATIENCE, "pdftotext", "-enc", "UTF-8", "-layout", pdf.toString(), "-");
        assertThat(result.exitCode()).as(result.err()).isZero();
        return result.out();
    }

    @Test
    void allFiveFormatsAreWrittenInAllThreeLanguagesWithTheJournalCheckBesideThem() throws Exception {
        for (Map.Entry<String, CliRun> run : runs.entrySet()) {
            assertThat(run.getValue().exitCode()).as(run.getKey() + ": " + run.getValue().all()).isZero();
            assertThat(run.getValue().out()).as(run.getKey()).contains("report written to " + written.get(run.getKey()))
                    .contains("journal verified: ");
            assertThat(Files.size(written.get(run.getKey()))).as(run.getKey()).isGreaterThan(100);
        }
    }

    @Test
    void thePdfHoldsTheTimelineTheMetricsAgainstTheDrillsOwnTargetsAndChineseText() throws Exception {
        assumeTrue(Tool.installed("pdftotext"), "poppler-utils is not installed: apt-get install -y poppler-utils (the README's test command does)");
        String english = pdfText(written.get("pdf.en"));
        String traditional = pdfText(written.get("pdf.zh-TW"));
        String simplified = pdfText(written.get("pdf.zh-CN"));

        assertThat(english).contains("Journal verified").contains("Timeline").containsPattern("RTO[^\\n]*5m");
        assertThat(traditional).contains("日誌驗證通過").contains("時間線").containsPattern("RTO[^\\n]*5分")
                .as("the plan's own text, as written").contains("數據庫主節點故障");
        assertThat(simplified).contains("日志验证通过").containsPattern("RTO[^\\n]*5分");
    }

    @Test
    void theHtmlHoldsItsChartsAsSvg() throws Exception {
        for (String language : LANGUAGES) {
            String html = text("html", language);
            assertThat(html.split("<svg", -1).length - 1).as(language).isGreaterThanOrEqualTo(3);
        }
    }

    @Test
    void theJsonValidatesAgainstTheSchemaInDocs() throws Exception {
        for (String language : LANGUAGES) {
            JsonNode report = new ObjectMapper().readTree(text("json", language));
            assertThat(ReportSchema.problems(report)).as(language).isEmpty();
            assertThat(report.at("/journal/verified").asBoolean()).isTrue();
            assertThat(report.at("/templateId").asText()).as("the plan's own template for its drills").isEqualTo("drill-evaluation");
        }
    }

    @Test
    void theCsvParsesWithTheTimelineAndTheActionItemsForATracker() throws Exception {
        for (String language : LANGUAGES) {
            String csv = text("csv", language);
            assertThat(csv).startsWith("\uFEFF");
            List<List<String>> timeline = Rfc4180.parse(csv.substring(1));
            assertThat(timeline.size()).as(language).isGreaterThan(10);
            assertThat(timeline).allSatisfy(row -> assertThat(row).hasSize(timeline.get(0).size()));
        }
        Path items = dir.resolve("q1.action-items.csv");
        CliRun run = CliRun.of("report", journal.toString(), "--format", "csv", "--csv-table", "action-items", "--out", items.toString());
        assertThat(run.exitCode()).as(run.all()).isZero();
        List<List<String>> rows = Rfc4180.parse(Files.readString(items, StandardCharsets.UTF_8).substring(1));
        assertThat(rows.get(0)).containsExactly("Summary", "Description", "Owner", "Due date", "Priority", "Status");
        assertThat(rows).anySatisfy(row -> assertThat(row).contains("page the DBA on call sooner", "erin", "2025-04-01"));
    }

    @Test
    void aJournalWithOneFlippedByteIsReportedAsFailingVerificationAtTheTopOfEveryFormat() throws Exception {
        Path flipped = dir.resolve("flipped.jsonl");
        byte[] bytes = Files.readAllBytes(journal);
        int at = new String(bytes, StandardCharsets.ISO_8859_1).indexOf("\"dana\"") + 1;
        bytes[at] ^= 0x01;
        Files.write(flipped, bytes);
        Files.copy(journal.resolveSibling(journal.getFileName() + ".seal"), dir.resolve("flipped.jsonl.seal"));

        for (String format : FORMATS) {
            Path out = dir.resolve("flipped." + format);
            CliRun run = CliRun.of("report", flipped.toString(), "--format", format, "--out", out.toString());

            assertThat(run.exitCode()).as(format + ": " + run.all()).isEqualTo(ExitCodes.PROBLEMS);
            assertThat(run.out()).as(format).contains("report written to " + out).contains("journal FAILED verification: ");
            assertThat(run.err()).as(format).contains("does not verify").contains("the report says so at its top");
            String top = switch (format) {
                case "md" -> String.join("\n", Files.readAllLines(out).subList(0, 4));
                case "html" -> Jsoup.parse(Files.readString(out)).body().text().substring(0, 200);
                case "pdf" -> Tool.installed("pdftotext") ? pdfText(out).lines().limit(12).reduce("", (a, b) -> a + "\n" + b)
                        : "Journal FAILED verification (pdftotext missing)";
                case "json" -> new ObjectMapper().readTree(out.toFile()).get("journal").toString();
                default -> run.out();
            };
            if (format.equals("json")) {
                assertThat(top).contains("\"verified\":false");
            } else {
                assertThat(top).as(format).containsIgnoringCase("Journal FAILED verification");
            }
        }
    }
}

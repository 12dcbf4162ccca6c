package dev.warroom.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.warroom.core.plan.model.ReportTemplate;
import dev.warroom.report.fixture.Tool;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * The first page of each built-in template's PDF, as a PNG for docs/reports/ (linked from the README), from one
 * scripted Q1 drill of the AI Workflow plan. Runs only when asked, as the screenshots are:
 * {@code ./mvnw -B -ntp verify -pl app/cli -am -Dtest=ReportFirstPagesForDocs -Dsurefire.failIfNoSpecifiedTests=false
 * -Dwarroom.report-pages=docs}.
 */
@EnabledIfSystemProperty(named = "warroom.report-pages", matches = "docs")
class ReportFirstPagesForDocs {

    @TempDir
    Path dir;

    static Path folder() {
        return Path.of(System.getProperty("warroom.root", "../..")).resolve("docs").resolve("reports");
    }

    @Test
    void theFirstPageOfEachBuiltInTemplate() throws Exception {
        assumeTrue(Tool.installed("pdftoppm"), "poppler-utils is not installed: apt-get install -y poppler-utils");
        Path journal = dir.resolve("q1.jsonl");
        CliRun drill = Incidents.autoRun(journal, "--drill", DrillRunTest.DRILL, "--answers",
                ReportInEveryFormatTest.DrillAnswers.write(dir).toString());
        assertThat(drill.exitCode()).as(drill.all()).isZero();
        Files.createDirectories(folder());
        for (String template : ReportTemplate.BUILT_IN_IDS) {
            for (String language : new String[] {"en", "zh-TW"}) {
                Path pdf = dir.resolve(template + "." + language + ".pdf");
                CliRun run = CliRun.of("report", journal.toString(), "--format", "pdf", "--template", template, "--lang", language,
                        "--out", pdf.toString());
                assertThat(run.exitCode()).as(run.all()).isZero();
                Path png = folder().resolve(template + "-" + language + "-page-1");
                Tool.Result page = Tool.run(Duration.ofSeconds(60), "pdftoppm", "-png", "-r", "72", "-f", "1", "-l", "1", "-singlefile",
                        pdf.toString(), png.toString());
                assertThat(page.exitCode()).as(page.err()).isZero();
                assertThat(Files.size(png.resolveSibling(png.getFileName() + ".png"))).isGreaterThan(5_000);
            }
        }
    }
}

package dev.warroom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A report is written from the plan the journal keeps: the plan file may be gone, edited or elsewhere. */
class ReportKeptPlanTest {

    @TempDir
    Path dir;

    @Test
    void aJournalWhosePlanFileIsGoneStillReportsOnThePlanItRan() throws Exception {
        Path plan = Files.copy(Incidents.plan(), dir.resolve("ai-workflow.yaml"));
        Path journal = dir.resolve("incident.jsonl");
        CliRun run = CliRun.of("run", plan.toString(), "--mode", "tabletop", "--auto", "--journal", journal.toString(), "--seed",
                Incidents.SEED, "--scenario", "region-failure");
        assertThat(run.exitCode()).as(run.err()).isZero();
        Files.delete(plan);
        Path report = dir.resolve("report.md");

        CliRun written = CliRun.of("report", journal.toString(), "--format", "md", "--out", report.toString());

        assertThat(written.exitCode()).as(written.err()).isZero();
        assertThat(Files.readString(report, StandardCharsets.UTF_8)).contains("AI Workflow Platform");
    }

    @Test
    void anotherPlanGivenWithPlanIsReportedAndNotUsed() throws Exception {
        Path journal = dir.resolve("incident.jsonl");
        assertThat(Incidents.autoRun(journal).exitCode()).isZero();
        Path other = Files.copy(Incidents.plan().resolveSibling("local-lab.yaml"), dir.resolve("local-lab.yaml"));

        CliRun written = CliRun.of("report", journal.toString(), "--plan", other.toString(), "--format", "md");

        assertThat(written.exitCode()).as(written.err()).isZero();
        assertThat(written.err()).contains(other + " is not the plan this incident ran");
        assertThat(written.out()).contains("AI Workflow Platform").doesNotContain("Local lab");
    }
}

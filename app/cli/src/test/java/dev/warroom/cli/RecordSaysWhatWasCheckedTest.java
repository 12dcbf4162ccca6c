package dev.warroom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warroom.core.incident.EventTypes;
import dev.warroom.core.journal.JournalEvent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The record says only what was checked: a manual check the autopilot cannot look at is "not
 * verified"; a person's scripted answer is "confirmed by NAME"; a refused go/no-go stops the procedure.
 */
class RecordSaysWhatWasCheckedTest {

    @TempDir
    Path dir;

    private static Path plan() throws Exception {
        return Path.of(RecordSaysWhatWasCheckedTest.class.getResource("/plans/manual-check.yaml").toURI());
    }

    private Path answers(String... lines) throws Exception {
        return Files.write(dir.resolve("answers.yaml"), List.of(lines), StandardCharsets.UTF_8);
    }

    private CliRun autoRun(Path journal, Path answers) throws Exception {
        return CliRun.of("run", plan().toString(), "--mode", "tabletop", "--auto", "--journal", journal.toString(), "--seed",
                Incidents.SEED, "--answers", answers.toString());
    }

    private String report(Path journal) throws Exception {
        Path report = dir.resolve("report.md");
        CliRun run = CliRun.of("report", journal.toString(), "--plan", plan().toString(), "--out", report.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        return Files.readString(report);
    }

    /** The step's row in the steps table (its first cell is the procedure's). */
    private static String row(String markdown, String stepTitle) {
        return markdown.lines().filter(l -> l.startsWith("| ") && l.contains(" | " + stepTitle + " | ")).findFirst()
                .orElseThrow(() -> new AssertionError("no row for step '" + stepTitle + "' in:\n" + markdown));
    }

    @Test
    void aManualCheckNobodyLookedAtIsReportedAsNotVerified() throws Exception {
        Path journal = dir.resolve("auto.jsonl");

        CliRun run = autoRun(journal, answers("answers:", "  primary-healthy: \"no\""));

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Done — not verified: Stop the order writers");
        String report = report(journal);
        assertThat(row(report, "Stop the order writers")).contains("| ⚠️ done | ⚠️ not verified: nobody checked 'No order was written in the last minute'")
                .doesNotContain("succeeded");
        assertThat(row(report, "Promote the DR database")).contains("| ✅ done | ✅ verified by watching db-west");
        assertThat(row(report, "Go/no-go for the failover")).contains("| ✅ done | ✅ confirmed by ")
                .contains("asked 'Is the DR site ready to take over?'");
    }

    @Test
    void aPersonsScriptedAnswerIsReportedAsConfirmedByThem() throws Exception {
        Path journal = dir.resolve("answered.jsonl");

        CliRun run = autoRun(journal, answers("answers:", "  primary-healthy: \"no\"", "check:",
                "  drain-writers: {answer: \"yes\", by: Ana, said: no order since 10:02}"));

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(row(report(journal), "Stop the order writers")).contains("| ✅ done | ✅ confirmed by Ana: asked 'No order was written in the last minute' — yes: no order since 10:02");
        assertThat(Incidents.events(journal)).filteredOn(e -> e.type().equals(EventTypes.STEP_SUCCEEDED)
                && e.data().path("step").asText().equals("drain-writers")).singleElement().satisfies(e -> {
                    assertThat(e.data().path("established").asText()).isEqualTo("confirmed");
                    assertThat(e.data().path("by").asText()).isEqualTo("Ana");
                });
    }

    @Test
    void aRefusedGoNoGoStopsTheProcedure() throws Exception {
        Path journal = dir.resolve("refused.jsonl");

        CliRun run = autoRun(journal, answers("actor: dana", "answers:", "  primary-healthy: \"no\"", "confirm:",
                "  go: \"no: the DR site has no recent backup\""));

        List<JournalEvent> events = Incidents.events(journal);
        assertThat(events).filteredOn(e -> e.type().equals(EventTypes.STEP_REFUSED)).singleElement().satisfies(e -> {
            assertThat(e.actor()).isEqualTo("dana");
            assertThat(e.data().path("reason").asText()).isEqualTo("the DR site has no recent backup");
        });
        assertThat(events).filteredOn(e -> e.type().equals(EventTypes.STEP_STARTED)).isEmpty();
        assertThat(events).extracting(JournalEvent::type).doesNotContain(EventTypes.RESOLVED, EventTypes.PROCEDURE_COMPLETED);
        assertThat(run.out()).contains("Refused: Go/no-go for the failover");
        assertThat(row(report(journal), "Go/no-go for the failover")).contains("refused")
                .contains("refused by dana: the DR site has no recent backup");
        assertThat(row(report(journal), "Stop the order writers")).contains("pending");
    }

    @Test
    void aRefusalTakesTheBranchThePlanNamesForIt() throws Exception {
        Path branching = Files.writeString(dir.resolve("branching.yaml"), Files.readString(plan())
                .replace("        prompt: Is the DR site ready to take over?\n",
                        "        prompt: Is the DR site ready to take over?\n        onRefuse: watch\n"));
        Path journal = dir.resolve("branch.jsonl");

        CliRun run = CliRun.of("run", branching.toString(), "--mode", "tabletop", "--auto", "--journal", journal.toString(), "--seed",
                Incidents.SEED, "--answers", answers("answers:", "  primary-healthy: \"no\"", "confirm:", "  go: \"no: wait and see\"")
                        .toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        List<JournalEvent> events = Incidents.events(journal);
        assertThat(events).filteredOn(e -> e.type().equals(EventTypes.STEP_STARTED)).isEmpty();
        assertThat(events).filteredOn(e -> e.type().equals(EventTypes.NODE_ENTERED)).extracting(e -> e.data().path("node").asText())
                .containsSubsequence("run-failover", "watch", "done");
        assertThat(run.out()).contains("Procedure left: Database failover");
    }

    @Test
    void atTheTerminalAManualStepShowsItsRoleDescriptionAndCommandAndItsCheckIsAsked() throws Exception {
        Path journal = dir.resolve("terminal.jsonl");
        String typed = String.join("\n", "2", "y", "order-writer", "y", "queue empty since 10:02", "db-west", "");

        CliRun run = StandardInput.typing(typed, () -> CliRun.of("run", plan().toString(), "--mode", "tabletop", "--journal",
                journal.toString(), "--seed", Incidents.SEED, "--actor", "alice"));

        assertThat(run.exitCode()).as(run.err() + run.out()).isZero();
        assertThat(run.out()).contains("  go/no-go: Is the DR site ready to take over?")
                .contains("  role: dba\n  Stop the writer service on every application host before promoting.\n  command:\n"
                        + "systemctl stop order-writer\n")
                .contains("DESTRUCTIVE. Type the name of what it changes, 'order-writer', to confirm")
                .contains("? Check for step drain-writers: No order was written in the last minute");
        assertThat(row(report(journal), "Stop the order writers")).contains("| ✅ done | ✅ confirmed by alice: asked 'No order was written in the last minute' — yes: queue empty since 10:02");
    }
}

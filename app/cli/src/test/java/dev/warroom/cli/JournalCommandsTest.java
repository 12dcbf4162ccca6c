package dev.warroom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warroom.core.incident.EventTypes;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code verify}, {@code report} and {@code resume} on journals of real runs. */
class JournalCommandsTest {

    @TempDir
    static Path shared;

    @TempDir
    Path dir;

    private static Path finished;

    @BeforeAll
    static void runOneIncident() {
        finished = shared.resolve("finished.jsonl");
        assertThat(Incidents.autoRun(finished).exitCode()).isZero();
    }

    private Path copyOfFinished() throws Exception {
        return Files.copy(finished, dir.resolve("copy.jsonl"));
    }

    @Test
    void verifyPassesAnUntouchedJournal() throws Exception {
        CliRun run = CliRun.of("verify", finished.toString());

        assertThat(run.exitCode()).isZero();
        int events = Incidents.events(finished).size();
        assertThat(run.out()).startsWith(finished + ": ok: " + events + " events, chain intact, sealed at event " + events + " (seal 1, ")
                .contains("; head " + Incidents.events(finished).get(events - 1).hash());
    }

    @Test
    void verifyNamesTheFirstEventThatWasRemoved() throws Exception {
        Path journal = copyOfFinished();
        List<String> lines = new ArrayList<>(Files.readAllLines(journal, StandardCharsets.UTF_8));
        lines.remove(41);
        Files.write(journal, lines, StandardCharsets.UTF_8);

        CliRun run = CliRun.of("verify", journal.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("event 42 is missing: seq jumps from 41 to 43");
    }

    @Test
    void verifyNamesAnEventWhoseTextWasEdited() throws Exception {
        Path journal = copyOfFinished();
        List<String> lines = new ArrayList<>(Files.readAllLines(journal, StandardCharsets.UTF_8));
        int confirmed = indexOf(lines, "\"type\":\"step.confirmed\"");
        lines.set(confirmed, lines.get(confirmed).replace("\"actor\":\"autopilot\"", "\"actor\":\"mallory\""));
        Files.write(journal, lines, StandardCharsets.UTF_8);

        CliRun run = CliRun.of("verify", journal.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("event " + (confirmed + 1) + " (step.confirmed) was altered");
    }

    @Test
    void verifyNamesTwoEventsThatWereSwapped() throws Exception {
        Path journal = copyOfFinished();
        List<String> lines = new ArrayList<>(Files.readAllLines(journal, StandardCharsets.UTF_8));
        java.util.Collections.swap(lines, 50, 51);
        Files.write(journal, lines, StandardCharsets.UTF_8);

        CliRun run = CliRun.of("verify", journal.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("event 51 is out of order");
    }

    @Test
    void verifyOfAMissingFileIsAUsageError() {
        CliRun run = CliRun.of("verify", dir.resolve("nowhere.jsonl").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("nowhere.jsonl: no such journal");
    }

    @Test
    void reportWritesMarkdownWithEverySection() throws Exception {
        Path out = dir.resolve("report.md");

        CliRun run = CliRun.of("report", finished.toString(), "--format", "md", "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("report written to " + out);
        String markdown = Files.readString(out, StandardCharsets.UTF_8);
        assertThat(markdown.lines().filter(l -> l.startsWith("#"))).containsSubsequence(
                "# Incident report: AI Workflow Platform — Scenario 4: Azure region failure (East US)", "## Incident", "## Impact",
                "## Timeline", "## Decision path", "## Steps", "## Recovery objectives", "## Replica lag", "## Root cause",
                "## Issues", "## Action items", "## Notes", "## Sign-offs");
        assertThat(markdown.lines().skip(2).findFirst()).hasValueSatisfying(l -> assertThat(l).startsWith("> **✅ Journal verified**"));
        assertThat(markdown).contains("| Time | T+ | Event | Actor | Outcome |")
                .containsPattern("\\| RTO \\(impact to verified\\) \\| 1h30m \\| \\S+ \\| ✅ met \\|")
                .containsPattern("\\| RPO \\(replica lag at promotion\\) \\| 15m \\| \\S+ \\| ✅ met \\|")
                .contains("| Outcome | ✅ resolved — Services are running in the DR site |");
    }

    @Test
    void aReportOfAJournalThatDoesNotVerifySaysSoAtItsTop() throws Exception {
        Path journal = copyOfFinished();
        List<String> lines = new ArrayList<>(Files.readAllLines(journal, StandardCharsets.UTF_8));
        lines.set(9, lines.get(9).replace("\"warroom\"", "\"someone\""));
        Files.write(journal, lines, StandardCharsets.UTF_8);
        Path out = dir.resolve("report.md");

        CliRun run = CliRun.of("report", journal.toString(), "--out", out.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("does not verify (event 10").contains("the report says so at its top");
        assertThat(run.out()).contains("journal FAILED verification: event 10");
        List<String> top = Files.readAllLines(out, StandardCharsets.UTF_8).subList(0, 4);
        assertThat(top.get(2)).startsWith("> **❌ Journal FAILED verification**: event 10");
    }

    @Test
    void anUnknownFormatAPdfForTheTerminalAndAnUnknownTemplateAreUsageErrorsInWords() {
        CliRun docx = CliRun.of("report", finished.toString(), "--format", "docx");
        CliRun pdf = CliRun.of("report", finished.toString(), "--format", "pdf");
        CliRun template = CliRun.of("report", finished.toString(), "--template", "quarterly");
        CliRun table = CliRun.of("report", finished.toString(), "--format", "csv", "--csv-table", "steps");

        assertThat(List.of(docx, pdf, template, table)).allSatisfy(run -> assertThat(run.exitCode()).isEqualTo(2));
        assertThat(docx.err()).contains("no report format 'docx': choose md, html, pdf, csv or json");
        assertThat(pdf.err()).contains("a PDF is not written to the terminal: give the file with --out FILE");
        assertThat(template.err()).contains("no report template 'quarterly': choose one of the built-in incident, drill, after-action");
        assertThat(table.err()).contains("--csv-table wants timeline or action-items, not 'steps'");
        assertThat(docx.all() + pdf.all() + template.all() + table.all()).doesNotContain("Exception", "\tat ");
    }

    @Test
    void theReportsOwnWordsFollowLangAndTheTemplateCanBeChosen() {
        CliRun chinese = CliRun.of("report", finished.toString(), "--lang", "zh-TW");
        CliRun afterAction = CliRun.of("report", finished.toString(), "--template", "after-action", "--format", "json");

        assertThat(chinese.exitCode()).as(chinese.err()).isZero();
        assertThat(chinese.out()).contains("日誌驗證通過").contains("雜湊鏈完整");
        assertThat(afterAction.exitCode()).as(afterAction.err()).isZero();
        assertThat(afterAction.out()).contains("\"templateId\" : \"after-action\"");
    }

    @Test
    void aFinishedIncidentIsNotResumed() throws Exception {
        Path journal = copyOfFinished();
        byte[] before = Files.readAllBytes(journal);

        CliRun run = CliRun.of("resume", journal.toString(), "--auto");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("the incident in " + journal + " is already over; write its report with: warroom report " + journal);
        assertThat(Files.readAllBytes(journal)).isEqualTo(before);
    }

    @Test
    void anUnfinishedIncidentResumesToItsEnd() throws Exception {
        List<String> lines = Files.readAllLines(finished, StandardCharsets.UTF_8);
        int promotion = indexOf(lines, "\"type\":\"step.started\"", "\"step\":\"promote-dr-db\"");
        Path journal = Files.write(dir.resolve("crashed.jsonl"), lines.subList(0, promotion + 1), StandardCharsets.UTF_8);

        CliRun run = CliRun.of("resume", journal.toString(), "--auto");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("resuming " + journal + " (" + (promotion + 1) + " events)")
                .contains("Incident resolved");
        assertThat(Incidents.types(journal)).contains(EventTypes.RESUMED).endsWith(EventTypes.RESOLVED);
        assertThat(Incidents.events(journal)).filteredOn(e -> e.type().equals(EventTypes.STEP_SUCCEEDED)
                && e.data().path("step").asText().equals("promote-dr-db")).singleElement()
                .satisfies(e -> assertThat(e.data().path("detail").asText()).startsWith("verified after resume by autopilot"));
        assertThat(CliRun.of("verify", journal.toString()).exitCode()).isZero();
    }

    @Test
    void resumeOfAMissingJournalIsAUsageError() {
        CliRun run = CliRun.of("resume", dir.resolve("nowhere.jsonl").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("nowhere.jsonl: no such journal");
    }

    private static int indexOf(List<String> lines, String... parts) {
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (java.util.Arrays.stream(parts).allMatch(line::contains)) {
                return i;
            }
        }
        throw new AssertionError("no line with " + String.join(" and ", parts));
    }
}

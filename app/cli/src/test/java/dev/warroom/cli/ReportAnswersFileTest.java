package dev.warroom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warroom.core.incident.EventTypes;
import dev.warroom.core.incident.ReportFields;
import dev.warroom.core.journal.JournalEvent;
import dev.warroom.core.journal.JournalVerifier;
import dev.warroom.core.journal.Verdict;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report author's keys of the --answers file: checked (file:line:column) before anything opens, journalled at the end
 * of a run (after the drill's close), and added to a finished incident's journal by {@code warroom amend} under a new seal.
 */
class ReportAnswersFileTest {

    private static final List<String> REPORT = List.of(
            "report:",
            "  fields: {root-cause: \"replica lag went unwatched\", affected-users: \"about 1,200\", conclusion: \"failover held\"}",
            "  actionItems:",
            "    hotwash-1: {owner: DBA Lead, due: 2025-04-01, priority: high, status: open}",
            "  signOffs: {dr-commander: {name: CTO, date: 2025-03-16}}",
            "  tables:",
            "    problems:",
            "      - {description: DNS TTL of 1 h, root-cause: default zone settings, impact: 40 min of stale answers,"
                    + " priority: high, action: lower it to 60 s}");

    @TempDir
    Path dir;

    private Path script(List<String> first, List<String> more) throws Exception {
        List<String> lines = new java.util.ArrayList<>(first);
        lines.addAll(more);
        return Files.write(dir.resolve("answers.yaml"), lines, StandardCharsets.UTF_8);
    }

    private Path script(String... lines) throws Exception {
        return Files.write(dir.resolve("answers.yaml"), List.of(lines), StandardCharsets.UTF_8);
    }

    @Test
    void aDrillRunJournalsTheReportKeysAfterTheDrillIsClosedAndTheJournalVerifies() throws Exception {
        Path journal = dir.resolve("drill.jsonl");
        Path answers = script(List.of("actor: dana", "cleanup: {tick: all}"), REPORT);

        CliRun run = Incidents.autoRun(journal, "--drill", DrillRunTest.DRILL, "--answers", answers.toString());

        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(run.out()).contains("Report: 14 entries of the --answers file journalled (root-cause, affected-users, conclusion,"
                + " action-items (1 row), sign-offs (1 row), problems (1 row))");
        List<String> types = Incidents.types(journal);
        int closed = types.indexOf(EventTypes.DRILL_CLOSED);
        assertThat(closed).isPositive();
        assertThat(types.subList(closed + 1, types.size())).containsOnly(EventTypes.REPORT_FIELD_SET).hasSize(14);
        assertThat(Incidents.events(journal).stream().filter(e -> e.type().equals(EventTypes.REPORT_FIELD_SET)))
                .allSatisfy(e -> assertThat(e.actor()).isEqualTo("dana"));
        ReportFields fields = ReportFields.of(Incidents.incidentEvents(journal));
        assertThat(fields.field("affected-users")).contains("about 1,200");
        assertThat(fields.rows("action-items")).containsEntry("hotwash-1",
                Map.of("owner", "DBA Lead", "due", "2025-04-01", "priority", "high", "status", "open"));
        assertThat(fields.rows("sign-offs")).containsEntry("dr-commander", Map.of("name", "CTO", "date", "2025-03-16"));
        assertThat(fields.cell("problems", "1", "action")).contains("lower it to 60 s");
        Verdict verdict = JournalVerifier.verify(journal);
        assertThat(verdict.ok()).as(verdict.message()).isTrue();
        assertThat(verdict.seal().orElseThrow().events()).as("the entries after the close are sealed").isEqualTo(types.size());
    }

    @Test
    void anUnknownReportKeyIsNamedWhereItStandsAndNothingOpens() throws Exception {
        Path journal = dir.resolve("j.jsonl");
        Path answers = script("report:", "  fields: {impact: checkout down}", "  rootCause: typo");

        CliRun run = Incidents.autoRun(journal, "--answers", answers.toString());

        refusedBeforeOpening(run, journal, answers + ":3:3", "unknown key 'rootCause'; here it can be actionItems, fields, signOffs, tables");
    }

    @Test
    void aDueDateThatIsNoDateIsNamedAtItsValueAndNothingOpens() throws Exception {
        Path journal = dir.resolve("j.jsonl");
        Path answers = script("report:", "  actionItems:", "    hotwash-1: {owner: erin, due: next week}");

        CliRun run = Incidents.autoRun(journal, "--answers", answers.toString());

        refusedBeforeOpening(run, journal, answers + ":3:35", "'next week' is not a date; write due as YYYY-MM-DD");
    }

    @Test
    void aColumnAnActionItemDoesNotHaveAndASignOffWithoutADateAreNamed() throws Exception {
        Path journal = dir.resolve("j.jsonl");
        Path answers = script("report:", "  actionItems:", "    hotwash-1: {owner: erin, assignee: frank}");
        refusedBeforeOpening(Incidents.autoRun(journal, "--answers", answers.toString()), journal, answers + ":3:30",
                "unknown key 'assignee'; here it can be description, due, owner, priority, status, summary");

        answers = script("report:", "  signOffs:", "    dr-commander: {name: CTO, date: 16/03/2025}");
        refusedBeforeOpening(Incidents.autoRun(journal, "--answers", answers.toString()), journal, answers + ":3:37",
                "'16/03/2025' is not a date; write date as YYYY-MM-DD");

        answers = script("report:", "  fields:", "    conclusion:");
        refusedBeforeOpening(Incidents.autoRun(journal, "--answers", answers.toString()), journal, answers + ":3:16",
                "'conclusion' has no value; write its text (\"\" clears what an earlier entry said)");
    }

    @Test
    void aResumedIncidentJournalsTheReportKeysAtItsEndAndABadKeyIsRefusedBeforeItResumes() throws Exception {
        Path full = dir.resolve("full.jsonl");
        assertThat(Incidents.autoRun(full).exitCode()).isZero();
        List<String> lines = Files.readAllLines(full, StandardCharsets.UTF_8);
        Path crashed = Files.write(dir.resolve("crashed.jsonl"), lines.subList(0, 12), StandardCharsets.UTF_8);
        Path bad = Files.write(dir.resolve("bad.yaml"), List.of("report:", "  fields: [root-cause]"), StandardCharsets.UTF_8);

        CliRun refused = CliRun.of("resume", crashed.toString(), "--auto", "--answers", bad.toString());

        assertThat(refused.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(refused.err()).contains(bad + ":2:11: fields is a mapping of field ids, each with its text");
        assertThat(Incidents.events(crashed)).hasSize(12);

        CliRun resumed = CliRun.of("resume", crashed.toString(), "--auto", "--answers",
                script(List.of("actor: pat"), REPORT).toString());

        assertThat(resumed.exitCode()).as(resumed.all()).isZero();
        List<String> types = Incidents.types(crashed);
        assertThat(types.subList(types.indexOf(EventTypes.RESOLVED) + 1, types.size())).containsOnly(EventTypes.REPORT_FIELD_SET)
                .hasSize(14);
        assertThat(ReportFields.of(Incidents.incidentEvents(crashed)).field("conclusion")).contains("failover held");
        assertThat(JournalVerifier.verify(crashed).ok()).isTrue();
    }

    @Test
    void amendAddsTheReportKeysToAFinishedIncidentUnderANewSealAndTheReportStillVerifies() throws Exception {
        Path journal = dir.resolve("incident.jsonl");
        assertThat(Incidents.autoRun(journal).exitCode()).isZero();
        int before = Incidents.events(journal).size();
        int sealsBefore = JournalVerifier.verify(journal).seal().orElseThrow().number();
        Path answers = script(List.of("actor: pat", "answers: {impact-scope: all}"), REPORT);

        CliRun amend = CliRun.of("amend", journal.toString(), "--answers", answers.toString());

        assertThat(amend.exitCode()).as(amend.all()).isZero();
        assertThat(amend.out()).contains("The incident is over: the file's answers were passed over.")
                .contains("Added 14 entries to " + journal + " (root-cause, affected-users, conclusion, action-items (1 row),"
                        + " sign-offs (1 row), problems (1 row)), as pat.")
                .contains("sealed anew at event " + (before + 14) + " (seal " + (sealsBefore + 14) + ", superseding seal "
                        + (sealsBefore + 13) + ")");
        List<JournalEvent> events = Incidents.events(journal);
        assertThat(events).hasSize(before + 14);
        assertThat(events.subList(before, events.size())).allSatisfy(e -> {
            assertThat(e.type()).isEqualTo(EventTypes.REPORT_FIELD_SET);
            assertThat(e.actor()).isEqualTo("pat");
        });
        CliRun verify = CliRun.of("verify", journal.toString());
        assertThat(verify.exitCode()).as(verify.all()).isZero();
        assertThat(verify.out()).contains("sealed at event " + (before + 14));
        CliRun report = CliRun.of("report", journal.toString(), "--format", "md");
        assertThat(report.exitCode()).as(report.all()).isZero();
        assertThat(report.out()).contains("chain intact, " + (before + 14) + " events, sealed at event " + (before + 14));
    }

    @Test
    void amendRefusesAJournalThatFailsVerificationAndLeavesItAsItIs() throws Exception {
        Path journal = dir.resolve("incident.jsonl");
        assertThat(Incidents.autoRun(journal).exitCode()).isZero();
        byte[] bytes = Files.readAllBytes(journal);
        int at = new String(bytes, StandardCharsets.ISO_8859_1).indexOf("\"type\":\"incident.opened\"") + 10;
        bytes[at] = (byte) 'X';
        Files.write(journal, bytes);
        Path answers = script(REPORT.toArray(String[]::new));

        CliRun amend = CliRun.of("amend", journal.toString(), "--answers", answers.toString());

        assertThat(amend.exitCode()).as(amend.all()).isEqualTo(ExitCodes.PROBLEMS);
        assertThat(amend.err()).startsWith("warroom: " + journal + " failed verification, so nothing is added to it: ")
                .doesNotContain("Exception");
        assertThat(Files.readAllBytes(journal)).isEqualTo(bytes);
    }

    @Test
    void amendWantsReportKeysAndAFinishedIncident() throws Exception {
        Path journal = dir.resolve("incident.jsonl");
        assertThat(Incidents.autoRun(journal).exitCode()).isZero();
        Path noReport = script("actor: pat", "answers: {impact-scope: all}");

        CliRun amend = CliRun.of("amend", journal.toString(), "--answers", noReport.toString());

        assertThat(amend.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(amend.err()).contains("has no report: entries to add (fields, actionItems, signOffs or tables)");
        CliRun bad = CliRun.of("amend", journal.toString(), "--answers",
                script("report:", "  actionItems: {hotwash-1: {due: soon}}").toString());
        assertThat(bad.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(bad.err()).contains("answers.yaml:2:34: 'soon' is not a date; write due as YYYY-MM-DD");
        assertThat(JournalVerifier.verify(journal).ok()).isTrue();
    }

    private static void refusedBeforeOpening(CliRun run, Path journal, String where, String words) {
        assertThat(run.exitCode()).as(run.all()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("warroom: --answers: " + where + ": " + words);
        assertThat(journal).doesNotExist();
    }
}

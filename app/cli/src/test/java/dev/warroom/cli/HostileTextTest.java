package dev.warroom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Plan text written to attack the reader: escape sequences that clear the screen and set the window
 * title, right-to-left overrides, and secrets. None of it reaches the terminal or the report raw: the
 * escapes are shown escaped, and a plan holding a secret in its text does not run at all.
 */
class HostileTextTest {

    private static final String PASSWORD = "Tr0ub4dor-horse";
    private static final String GITHUB_TOKEN = "ghp_abcdefghijklmnopqrstuvwxyz0123456789";
    /** YAML double-quoted escapes: ESC ] 0 ; title BEL (set the window title), ESC [ 2 J (clear the screen), RLO ... PDF. */
    private static final String HOSTILE = " \\e]0;pwned\\a\\e[2J \\u202eevil\\u202c";
    private static final Pattern STEP_TITLE = Pattern.compile("(?m)^(        title: )([^\"'\\\\\\n]+)$");

    @TempDir
    Path dir;

    @Test
    void anAutopilotRunOfAPlanWithEscapesAndDirectionOverridesPrintsAndReportsNoneOfThemRaw() throws Exception {
        Path plan = hostilePlan("");
        Path journal = dir.resolve("incident.jsonl");
        Path report = dir.resolve("report.md");

        CliRun run = CliRun.of("run", plan.toString(), "--mode", "tabletop", "--auto", "--journal", journal.toString(),
                "--seed", Incidents.SEED, "--scenario", "region-failure");
        CliRun written = CliRun.of("report", journal.toString(), "--plan", plan.toString(), "--format", "md", "--out", report.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(written.exitCode()).as(written.err()).isZero();
        String markdown = Files.readString(report, StandardCharsets.UTF_8);
        assertThat(run.all()).contains("AI Workflow Platform").contains("\\u001b[2J");
        assertThat(markdown).as("shown escaped, and the escape's backslash and bracket escaped for Markdown")
                .contains("AI Workflow Platform").contains("\\\\u001b\\[2J");
        for (String shown : new String[] {run.all(), markdown}) {
            assertThat(shown).doesNotContain("\u001b", "\u0007", "\u202e", "\u202c");
        }
    }

    @Test
    void aTokenOrAPasswordInAStepTitleIsRefusedByValidateWithoutBeingPrinted() throws Exception {
        Path plan = hostilePlan(" " + GITHUB_TOKEN + " --password " + PASSWORD);

        CliRun run = CliRun.of("validate", plan.toString());
        CliRun refused = CliRun.of("run", plan.toString(), "--mode", "tabletop", "--auto", "--journal", dir.resolve("j.jsonl").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.PROBLEMS);
        assertThat(run.err()).contains("looks like it holds a secret (a GitHub token)");
        assertThat(refused.exitCode()).isEqualTo(ExitCodes.PROBLEMS);
        assertThat(run.all() + refused.all()).doesNotContain(GITHUB_TOKEN, PASSWORD, "\u001b", "\u202e");
    }

    /** The ai-workflow plan with the hostile text (and {@code extra}) appended to the system name and every step title. */
    private Path hostilePlan(String extra) throws Exception {
        String yaml = Files.readString(Incidents.plan(), StandardCharsets.UTF_8);
        yaml = yaml.replaceFirst("(?m)^system: (.+)$", "system: \"$1" + Matcher.quoteReplacement(HOSTILE) + "\"");
        Matcher titles = STEP_TITLE.matcher(yaml);
        assertThat(titles.find()).as("the plan has step titles to attack").isTrue();
        yaml = titles.replaceAll(m -> Matcher.quoteReplacement(m.group(1) + "\"" + m.group(2) + HOSTILE + extra + "\""));
        Path plan = dir.resolve("hostile.yaml");
        Files.writeString(plan, yaml, StandardCharsets.UTF_8);
        return plan;
    }
}

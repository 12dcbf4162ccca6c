package dev.warroom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The drill's part of an --answers file is checked against the drill before anything opens, and a mistake is named by line and column. */
class DrillAnswersFileTest {

    static final String DRILL = "db-primary-drill-q1";

    @TempDir
    Path dir;

    private Path script(String... lines) throws Exception {
        return Files.write(dir.resolve("answers.yaml"), List.of(lines), StandardCharsets.UTF_8);
    }

    private CliRun drillRun(Path journal, Path answers, String... drill) {
        String[] base = {"run", Incidents.plan().toString(), "--mode", "tabletop", "--auto", "--journal", journal.toString(), "--seed",
            Incidents.SEED, "--answers", answers.toString()};
        String[] all = new String[base.length + drill.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(drill, 0, all, base.length, drill.length);
        return CliRun.of(all);
    }

    private void refusedBeforeOpening(CliRun run, Path journal, String where, String words) {
        assertThat(run.exitCode()).as(run.all()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("warroom: --answers: " + where + ": " + words);
        assertThat(journal).doesNotExist();
    }

    @Test
    void aCriterionTheDrillDoesNotHaveIsNamedWhereItStandsAndNothingOpens() throws Exception {
        Path journal = dir.resolve("j.jsonl");
        Path answers = script("actor: dana", "verdicts:", "  custom-9: met");

        CliRun run = drillRun(journal, answers, "--drill", DRILL);

        refusedBeforeOpening(run, journal, answers + ":3:3", "drill '" + DRILL + "' has no criterion 'custom-9'; it has: rto,");
    }

    @Test
    void aWordThatIsNoVerdictIsNamedAtItsValue() throws Exception {
        Path journal = dir.resolve("j.jsonl");
        String custom = DrillRunTest.customCriterion();
        Path answers = script("verdicts: {" + custom + ": maybe}");

        CliRun run = drillRun(journal, answers, "--drill", DRILL);

        refusedBeforeOpening(run, journal, answers + ":1:" + (("verdicts: {" + custom + ": ").length() + 1),
                "'maybe' is not a verdict; write met, not-met or undetermined");
    }

    @Test
    void anActionItemsDueDateMustBeADate() throws Exception {
        Path journal = dir.resolve("j.jsonl");
        Path answers = script("hotWash:", "  wentWell: [failover was quick]", "  actions:",
                "    - {text: alert on replica lag, owner: erin, due: next week}");

        CliRun run = drillRun(journal, answers, "--drill", DRILL);

        refusedBeforeOpening(run, journal, answers + ":4:54", "'next week' is not a date; write the due date as YYYY-MM-DD");
    }

    @Test
    void aRatingNeedsAnObjectiveOfTheDrillAndAnHseepLetter() throws Exception {
        Path journal = dir.resolve("j.jsonl");
        Path unknownObjective = script("hotWash:", "  ratings: {no-such-objective: S}");

        CliRun run = drillRun(journal, unknownObjective, "--drill", DRILL);

        refusedBeforeOpening(run, journal, unknownObjective + ":2:13", "drill '" + DRILL + "' has no objective 'no-such-objective'");
    }

    @Test
    void anUnknownKeyInTheHotWashIsNamed() throws Exception {
        Path journal = dir.resolve("j.jsonl");
        Path answers = script("hotWash:", "  wentwell: [failover was quick]");

        CliRun run = drillRun(journal, answers, "--drill", DRILL);

        refusedBeforeOpening(run, journal, answers + ":2:3", "unknown key 'wentwell'; here it can be actions, ratings, toImprove, wentWell");
    }

    @Test
    void aCleanupItemTheDrillDoesNotHaveIsNamed() throws Exception {
        Path journal = dir.resolve("j.jsonl");
        Path answers = script("cleanup:", "  tick: [no-such-item]");

        CliRun run = drillRun(journal, answers, "--drill", DRILL);

        refusedBeforeOpening(run, journal, answers + ":2:10", "drill '" + DRILL + "' has no cleanup item 'no-such-item'");
    }

    @Test
    void drillKeysWithoutADrillAreRefused() throws Exception {
        Path journal = dir.resolve("j.jsonl");
        Path answers = script("actor: dana", "verdicts: {" + DrillRunTest.customCriterion() + ": met}");

        CliRun run = drillRun(journal, answers);

        refusedBeforeOpening(run, journal, answers + ":2:11", "'verdicts' is for a drill, and this run plays none (give --drill ID)");
    }
}

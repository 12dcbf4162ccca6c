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
 * A reassess node from the command line ("every 5m until the primary answers, or 30m"): --auto leaves by the
 * signal or at the limit on the virtual clock; the terminal shows each round and asks "recovered? [y/N]" where no
 * signal can say so; --answers declares recovered at a round, checked against the plan as file:line:column.
 */
class ReassessRunTest {

    @TempDir
    Path dir;

    private static Path plan() throws Exception {
        return Path.of(ReassessRunTest.class.getResource("/plans/reassess.yaml").toURI());
    }

    private static CliRun auto(Path journal, String scenario, String... more) throws Exception {
        List<String> args = new java.util.ArrayList<>(List.of("run", plan().toString(), "--mode", "tabletop", "--auto", "--journal",
                journal.toString(), "--seed", Incidents.SEED, "--scenario", scenario, "--lang", "en"));
        args.addAll(List.of(more));
        return CliRun.of(args.toArray(String[]::new));
    }

    private static List<JournalEvent> ofType(Path journal, String type) throws Exception {
        return Incidents.events(journal).stream().filter(e -> e.type().equals(type)).toList();
    }

    private Path script(String... lines) throws Exception {
        return Files.write(dir.resolve("answers.yaml"), List.of(lines), StandardCharsets.UTF_8);
    }

    @Test
    void thePlanValidates() throws Exception {
        CliRun run = CliRun.of("validate", plan().toString());

        assertThat(run.exitCode()).as(run.all()).isZero();
    }

    @Test
    void autoLeavesByTheSignalOnceThePrimaryAnswersAgain() throws Exception {
        Path journal = dir.resolve("signal.jsonl");

        CliRun run = auto(journal, "brief-outage");

        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(run.out()).contains("Reassessed Watch the primary, round 1 — not recovered yet · signal 'primary-back' is not satisfied yet")
                .containsPattern("\\n    next round in 5m \\(\\d\\d:\\d\\d:\\d\\d\\), limit at \\d\\d:\\d\\d:\\d\\d\\n")
                .contains("Reassessed Watch the primary, round 3 — recovered · signal 'primary-back' is satisfied")
                .contains("Recovered at Watch the primary; on to 結束 — signal primary-back says so");
        assertThat(ofType(journal, EventTypes.REASSESS_CHECKED)).extracting(e -> e.data().path("round").asInt()).containsExactly(1, 2, 3);
        assertThat(ofType(journal, EventTypes.REASSESS_ENDED)).singleElement()
                .satisfies(e -> assertThat(e.data().path("exit").asText()).isEqualTo("recovered"));
        assertThat(ofType(journal, EventTypes.PROCEDURE_STARTED)).isEmpty();
    }

    @Test
    void autoLeavesAtTheLimitWhenThePrimaryStaysDownAndRunsTheFailover() throws Exception {
        Path journal = dir.resolve("limit.jsonl");

        CliRun run = auto(journal, "region-outage");

        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(run.out()).contains("Reassessed Watch the primary, round 6 — not recovered yet")
                .containsPattern("\\n    limit of 30m reached at \\d\\d:\\d\\d:\\d\\d\\n")
                .contains("Reassessing Watch the primary reached its limit; on to 執行切換");
        List<JournalEvent> rounds = ofType(journal, EventTypes.REASSESS_CHECKED);
        assertThat(rounds).hasSize(6);
        assertThat(java.time.Duration.between(Incidents.events(journal).get(0).time(), rounds.get(5).time()))
                .isEqualTo(java.time.Duration.ofMinutes(30));
        assertThat(ofType(journal, EventTypes.REASSESS_ENDED)).singleElement().satisfies(e -> {
            assertThat(e.data().path("exit").asText()).isEqualTo("limit");
            assertThat(e.data().path("next").asText()).isEqualTo("run-failover");
        });
        assertThat(ofType(journal, EventTypes.PROCEDURE_STARTED)).singleElement()
                .satisfies(e -> assertThat(e.data().path("procedure").asText()).isEqualTo("failover"));
    }

    @Test
    void theAnswersFileDeclaresRecoveredAtARoundUnderItsActor() throws Exception {
        Path answers = script("actor: dana", "recovered:", "  watch-by-eye: {round: 2, said: the dashboards are green again}");
        Path journal = dir.resolve("scripted.jsonl");

        CliRun run = auto(journal, "outage-watched-by-eye", "--answers", answers.toString());

        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(run.out()).contains("Recovered at Watch by eye; on to 結束 — confirmed by dana: the dashboards are green again")
                .doesNotContain("verified");
        assertThat(ofType(journal, EventTypes.REASSESS_ENDED)).singleElement().satisfies(e -> {
            assertThat(e.actor()).isEqualTo("dana");
            assertThat(e.data().path("words").asText()).isEqualTo("the dashboards are green again");
        });
        assertThat(ofType(journal, EventTypes.REASSESS_CHECKED)).hasSize(2);
    }

    @Test
    void aRecoveredEntryForANodeThatIsNoReassessNodeIsNamedWithItsPlace() throws Exception {
        Path answers = script("actor: dana", "recovered:", "  primary-healthy: {round: 1, said: fine}");
        Path journal = dir.resolve("bad.jsonl");

        CliRun run = auto(journal, "region-outage", "--answers", answers.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--answers: " + answers + ":3:3: 'primary-healthy' is not a reassess node of plan 'reassess'"
                + " (it has: watch, watch-by-eye)");
        assertThat(journal).doesNotExist();
    }

    @Test
    void aRoundBeyondTheLimitIsNamedWithItsPlace() throws Exception {
        Path answers = script("recovered:", "  watch-by-eye:", "    round: 4", "    said: fine");
        Path journal = dir.resolve("bad.jsonl");

        CliRun run = auto(journal, "region-outage", "--answers", answers.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains(answers + ":3:12: round is a whole number from 1 to 3 (node 'watch-by-eye' holds 3 rounds)");
    }

    @Test
    void atTheTerminalEachRoundAsksRecoveredWhereNoSignalCanSaySo() throws Exception {
        Path journal = dir.resolve("terminal.jsonl");

        CliRun run = StandardInput.typing("\ny\nthe checkout page works again\n", () -> CliRun.of("run", plan().toString(), "--mode",
                "tabletop", "--journal", journal.toString(), "--seed", Incidents.SEED, "--scenario", "outage-watched-by-eye",
                "--lang", "en", "--actor", "erin", "--speed", "120"));

        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(run.out()).contains("? Watch by eye: round 1 — has it recovered?").contains("recovered? [y/N]: ")
                .contains("? Watch by eye: round 2 — has it recovered?").contains("what shows it has recovered: ")
                .contains("confirmed by erin: the checkout page works again");
        assertThat(ofType(journal, EventTypes.REASSESS_CHECKED)).extracting(e -> e.data().path("recovered").asBoolean())
                .containsExactly(false, true);
    }
}

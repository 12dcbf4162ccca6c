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
 * Procedure parameters and conditional steps from the command line, on the core's parameters test plan in TABLETOP: a value
 * asked at the terminal (re-asked when it does not fit), given by the --answers file (checked before anything opens),
 * read from the simulated world, and steps passed over by their when:.
 */
class ParametersAtTheTerminalTest {

    private static final Path PLAN = Path.of("../core/src/test/resources/plans/params/params-conditions.yaml");

    @TempDir
    Path dir;

    private Path answers(String... lines) throws Exception {
        return Files.write(dir.resolve("answers.yaml"), List.of(lines), StandardCharsets.UTF_8);
    }

    private static CliRun run(Path journal, String scenario, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("run", PLAN.toString(), "--mode", "tabletop", "--scenario", scenario,
                "--journal", journal.toString(), "--seed", Incidents.SEED, "--actor", "alice", "--lang", "en"));
        args.addAll(List.of(more));
        return CliRun.of(args.toArray(String[]::new));
    }

    private static List<String> values(Path journal) throws Exception {
        return Incidents.events(journal).stream().filter(e -> e.type().equals(EventTypes.PARAMETER_SET))
                .map(e -> e.data().path("parameter").asText() + "=" + e.data().path("value").asText() + " ("
                        + e.data().path("source").asText() + ")")
                .toList();
    }

    @Test
    void theAnswersFileGivesAValueTheReadingGivesTheOtherAndTheEchoShowsBothAndEachCondition() throws Exception {
        Path journal = dir.resolve("auto.jsonl");

        CliRun run = run(journal, "east-outage", "--auto", "--answers",
                answers("parameters:", "  failover:", "    restore-point: \"2026-11-21T02:30:00Z\"").toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(values(journal)).containsExactly("restore-point=2026-11-21T02:30:00Z (asked)", "dr-address=20.50.60.70 (reading)");
        assertThat(run.out()).contains("Value of restore-point: 2026-11-21T02:30:00Z").contains("Value of dr-address: 20.50.60.70")
                .contains("condition not met: resource 'db-east' is unreachable");
        List<JournalEvent> started = Incidents.events(journal).stream().filter(e -> e.type().equals(EventTypes.STEP_STARTED)
                && e.data().path("step").asText().equals("point-dns")).toList();
        assertThat(started).singleElement().satisfies(e -> assertThat(e.data().path("params").path("value").asText()).isEqualTo("20.50.60.70"));
    }

    @Test
    void withEastReachableTheOtherBranchRuns() throws Exception {
        Path journal = dir.resolve("west-lag.jsonl");

        CliRun run = run(journal, "west-lag", "--auto");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(values(journal)).containsExactly("restore-point=2026-11-21T02:55:00Z (default)", "dr-address=20.50.60.70 (reading)");
        assertThat(Incidents.events(journal)).filteredOn(e -> e.type().equals(EventTypes.STEP_CONDITION))
                .extracting(e -> e.data().path("step").asText() + " " + e.data().path("applies").asBoolean())
                .containsExactly("switch-global true", "promote false", "tell-dba false");
        assertThat(run.out()).contains("condition not met: resource 'db-east' is reachable");
    }

    @Test
    void aValueInTheAnswersFileThatDoesNotFitIsRefusedWithFileLineAndColumnBeforeAnythingOpens() throws Exception {
        Path journal = dir.resolve("bad.jsonl");
        Path file = answers("parameters:", "  failover:", "    restore-point: last night");

        CliRun run = run(journal, "east-outage", "--auto", "--answers", file.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains(file + ":3:20: 'last night' is not a value for parameter 'restore-point': it must match");
        assertThat(journal).doesNotExist();

        Path unknown = answers("parameters:", "  failover:", "    restore-pont: \"2026-11-21T02:30:00Z\"");
        CliRun again = run(journal, "east-outage", "--auto", "--answers", unknown.toString());
        assertThat(again.err()).contains(unknown + ":3:5: procedure 'failover' has no parameter 'restore-pont'; it has: restore-point, dr-address");
        assertThat(journal).doesNotExist();
    }

    @Test
    void theTerminalAsksForTheValueShowingItsDefaultAsksAgainWhenItDoesNotFitAndShowsTheFilledInStep() throws Exception {
        Path journal = dir.resolve("typed.jsonl");

        CliRun run = StandardInput.typing(String.join("\n", "yesterday", "2026-11-21T02:20:00Z", "y", "db-west", "api", "y", ""),
                () -> run(journal, "east-outage"));

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("? Value for restore-point: Point in time to restore to (procedure failover)")
                .contains("default: 2026-11-21T02:55:00Z").contains("example: 2026-11-21T02:50:00Z")
                .contains("'yesterday' is not a value for parameter 'restore-point': it must match")
                .contains("value restore-point: 2026-11-21T02:20:00Z — asked")
                .contains("go/no-go: Fail over to West, restoring to 2026-11-21T02:20:00Z?")
                .contains("value dr-address: 20.50.60.70 — reading now")
                .contains("Does not apply: Switch the global database over");
        assertThat(values(journal)).containsExactly("restore-point=2026-11-21T02:20:00Z (asked)", "dr-address=20.50.60.70 (reading)");
        assertThat(Incidents.events(journal)).filteredOn(e -> e.type().equals(EventTypes.PARAMETER_SET)).first()
                .satisfies(e -> assertThat(e.actor()).isEqualTo("alice"));
    }
}

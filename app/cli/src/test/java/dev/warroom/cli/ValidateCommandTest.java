package dev.warroom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warroom.core.plan.load.HostileInput;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {

    private static final String PROBLEM_LINE = "^.+:\\d+:\\d+: (error|warning): .+$";

    @Test
    void aGoodPlanPassesWithExitCodeZero() {
        CliRun run = CliRun.of("validate", CorpusFiles.minimal().toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).isEqualToIgnoringNewLines("1 file(s) checked: 1 passed, 0 failed; 0 error(s), 0 warning(s)");
    }

    @Test
    void aBrokenPlanFailsWithExitCodeOneAndTheProblemWhereItIs() {
        Path broken = CorpusFiles.broken("step-unknown-action-kind");

        CliRun run = CliRun.of("validate", broken.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errLines()).containsExactlyElementsOf(CorpusFiles.expectedLines(broken))
                .singleElement().asString()
                .matches(PROBLEM_LINE)
                .endsWith(": error: unknown action kind 'databse.promote' (did you mean 'database.promote'?)");
    }

    @Test
    void warningsAloneDoNotFailAPlan() {
        Path warned = CorpusFiles.broken("step-shell-run");

        CliRun run = CliRun.of("validate", warned.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.errLines()).singleElement().asString().contains(": warning: step 'dump' runs a shell command");
    }

    @Test
    void quietPrintsErrorsOnly() {
        CliRun run = CliRun.of("validate", "--quiet", CorpusFiles.broken("step-shell-run").toString(),
                CorpusFiles.broken("role-unknown-in-step").toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).singleElement().asString().endsWith(": error: unknown role 'dab' (did you mean 'dba'?)");
    }

    @Test
    void everyProblemOfEveryFileIsReportedInOneRun() {
        List<Path> files = new ArrayList<>(CorpusFiles.allBroken());
        files.add(CorpusFiles.minimal());
        List<String> expected = files.stream().flatMap(f -> CorpusFiles.expectedLines(f).stream()).toList();
        long failing = files.stream().filter(f -> expected.stream().anyMatch(l -> l.startsWith(f + ":") && l.contains(": error: "))).count();
        long errors = expected.stream().filter(l -> l.contains(": error: ")).count();

        CliRun run = CliRun.of(args(files));

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errLines()).allMatch(line -> line.matches(PROBLEM_LINE)).containsExactlyElementsOf(expected);
        assertThat(run.out().strip()).isEqualTo("%d file(s) checked: %d passed, %d failed; %d error(s), %d warning(s)",
                files.size(), files.size() - failing, failing, errors, expected.size() - errors);
    }

    @Test
    void aMissingFileIsReportedPlainly() {
        CliRun run = CliRun.of("validate", "no-such-plan.yaml");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.errLines()).containsExactly("no-such-plan.yaml:1:1: error: no such file");
    }

    @Test
    void hostileFilesAreEachRefusedWithoutAStackTrace(@TempDir Path dir) throws IOException {
        List<Path> files = List.of(
                Files.write(dir.resolve("empty.yaml"), new byte[0]),
                Files.write(dir.resolve("noise.yaml"), HostileInput.binaryGarbage(7, 10_000)),
                Files.write(dir.resolve("deep-block.yaml"), HostileInput.nestedBlockSequences()),
                Files.write(dir.resolve("deep-flow.yaml"), HostileInput.nestedFlowSequences()),
                Files.write(dir.resolve("lol.yaml"), HostileInput.billionLaughs()),
                HostileInput.hugeFile(dir, 50),
                Files.createDirectory(dir.resolve("a-directory.yaml")),
                dir.resolve("missing.yaml"));

        CliRun run = CliRun.of(args(files));

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.all()).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(run.errLines()).hasSize(files.size()).allMatch(line -> line.matches(PROBLEM_LINE));
        for (Path file : files) {
            assertThat(run.errLines()).anyMatch(line -> line.startsWith(file + ":1:") && line.contains(": error: "));
        }
    }

    @Test
    void noFileIsAUsageError() {
        CliRun run = CliRun.of("validate");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Missing required parameter").doesNotContain("Exception");
    }

    private static String[] args(List<Path> files) {
        List<String> args = new ArrayList<>();
        args.add("validate");
        files.forEach(f -> args.add(f.toString()));
        return args.toArray(String[]::new);
    }
}

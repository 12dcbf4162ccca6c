package dev.warroom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warroom.service.table.RequestCase;
import dev.warroom.service.table.RequestTable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The shared request table through the terminal: `run` and `resume` open or refuse each request with the table's words. */
class CliRequestTableTest {

    @TempDir
    Path dir;

    static Stream<String> rows() {
        return RequestTable.names().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void theTerminalOpensOrRefusesEachRequestWithTheTablesWords(String row) throws Exception {
        RequestCase c = RequestTable.build(row, dir);
        byte[] before = Files.isRegularFile(c.journal()) ? Files.readAllBytes(c.journal()) : null;

        CliRun run = CliRun.of(args(c));

        if (c.opens()) {
            assertThat(run.exitCode()).as(run.all()).isZero();
            assertThat(run.out()).contains("WarRoom TABLETOP — ", "Incident resolved");
            return;
        }
        assertThat(run.exitCode()).isNotZero();
        assertThat(run.err()).contains("warroom: " + c.refusal().get());
        if (before == null) {
            assertThat(Files.isRegularFile(c.journal()) && Files.size(c.journal()) > 0).as("a refused request journals nothing").isFalse();
        } else {
            assertThat(Files.readAllBytes(c.journal())).as("a refused request leaves the journal alone").isEqualTo(before);
        }
    }

    private static String[] args(RequestCase c) {
        List<String> args = new ArrayList<>();
        if (c.kind() == RequestCase.Kind.OPEN) {
            args.addAll(List.of("run", c.plan().toString(), "--mode", "tabletop", "--auto", "--journal", c.journal().toString()));
            c.scenario().ifPresent(s -> args.addAll(List.of("--scenario", s)));
        } else {
            args.addAll(List.of("resume", c.journal().toString(), "--auto"));
        }
        return args.toArray(String[]::new);
    }
}

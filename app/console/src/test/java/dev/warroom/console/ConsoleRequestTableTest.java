package dev.warroom.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.warroom.console.options.ConsoleOptions;
import dev.warroom.console.start.StartViewModel;
import dev.warroom.console.start.UnfinishedIncident;
import dev.warroom.core.journal.JournalAccessException;
import dev.warroom.service.IncidentHandle;
import dev.warroom.service.IncidentService;
import dev.warroom.service.RequestRefusedException;
import dev.warroom.service.table.RequestCase;
import dev.warroom.service.table.RequestTable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The shared request table through the console: a new incident the way the console opens --plan
 * (--scenario, --journal) from its command line, a resume the way the start screen resumes an unfinished
 * incident. Each opens, or is refused with the table's words, as in the terminal.
 */
class ConsoleRequestTableTest {

    @TempDir
    Path dir;

    static Stream<String> rows() {
        return RequestTable.names().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void theConsoleOpensOrRefusesEachRequestWithTheTablesWords(String row) throws Exception {
        RequestCase c = RequestTable.build(row, dir);
        byte[] before = Files.isRegularFile(c.journal()) ? Files.readAllBytes(c.journal()) : null;

        Optional<String> refused = c.kind() == RequestCase.Kind.OPEN ? open(c) : resume(c);

        if (c.opens()) {
            assertThat(refused).isEmpty();
            return;
        }
        assertThat(refused).hasValueSatisfying(words -> assertThat(words).contains(c.refusal().get()));
        if (before == null) {
            assertThat(Files.isRegularFile(c.journal()) && Files.size(c.journal()) > 0).as("a refused request journals nothing").isFalse();
        } else {
            assertThat(Files.readAllBytes(c.journal())).as("a refused request leaves the journal alone").isEqualTo(before);
        }
    }

    /** What the console's opening from --plan shows: nothing (the war room opens) or the words on its message screen. */
    private Optional<String> open(RequestCase c) throws Exception {
        List<String> args = new ArrayList<>(List.of("--plan", c.plan().toString(), "--journal", c.journal().toString(), "--clock",
                "virtual", "--incidents", dir.resolve("incidents").toString()));
        c.scenario().ifPresent(s -> args.addAll(List.of("--scenario", s)));
        try (IncidentHandle opened = CommandLineOpening.open(ConsoleOptions.parse(args), new IncidentService())) {
            assertThat(opened.state().currentNode()).isPresent();
            return Optional.empty();
        } catch (RequestRefusedException | JournalAccessException e) {
            return Optional.of(RequestRefusedException.words(e));
        }
    }

    /** What the start screen shows when the commander resumes the journal: the war room, or the words under the list. */
    private Optional<String> resume(RequestCase c) throws Exception {
        List<StartViewModel.Opened> opened = new ArrayList<>();
        ConsoleOptions options = ConsoleOptions.parse(List.of("--start", "--clock", "virtual", "--incidents", dir.resolve("incidents")
                .toString(), "--actor", "alice"));
        StartViewModel vm = new StartViewModel(options, Runnable::run, Runnable::run, Optional.empty(), opened::add);
        vm.selectUnfinished(new UnfinishedIncident(c.journal(), "left", "ai-workflow", "tabletop", Instant.now(), Instant.now(), 1,
                Optional.of(c.plan())));

        vm.resume();

        if (!opened.isEmpty()) {
            try (IncidentHandle handle = opened.get(0).incident()) {
                assertThat(handle.journal().file()).isEqualTo(c.journal());
            }
            return Optional.empty();
        }
        String words = vm.failureProperty().get().english();
        if (words.isEmpty()) {
            fail("the start screen neither resumed nor said why not");
        }
        return Optional.of(words);
    }
}

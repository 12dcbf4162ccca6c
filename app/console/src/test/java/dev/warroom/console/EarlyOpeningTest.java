package dev.warroom.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warroom.console.palette.ConsoleTestKit;
import dev.warroom.core.incident.Mode;
import dev.warroom.service.IncidentHandle;
import dev.warroom.service.RequestRefusedException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher starts opening the command line's incident before the toolkit is up: the app then takes
 * the same incident (once), or the refusal in words; a start screen or a bad option begins nothing.
 */
class EarlyOpeningTest {

    @TempDir
    Path dir;

    @AfterEach
    void nothingLeftBegun() {
        EarlyOpening.take().ifPresent(left -> left.opening().thenAccept(EarlyOpeningTest::closeQuietly));
    }

    private static void closeQuietly(IncidentHandle incident) {
        try {
            incident.close();
        } catch (IOException | RuntimeException e) {
            // a test's leftover incident: nothing to check
        }
    }

    @Test
    void theCommandLinesTabletopOpensWhileTheWindowComesUpAndIsTakenOnce() throws Exception {
        Path journal = dir.resolve("early.jsonl");
        EarlyOpening.begin(new String[] {"--plan", ConsoleTestKit.plans().resolve("ai-workflow.yaml").toString(), "--journal",
            journal.toString(), "--clock", "virtual"});

        EarlyOpening begun = EarlyOpening.take().orElseThrow();
        assertThat(EarlyOpening.take()).isEmpty();
        assertThat(begun.options().journal()).contains(journal);
        try (IncidentHandle incident = begun.opening().get(60, TimeUnit.SECONDS)) {
            assertThat(incident.state().mode()).isEqualTo(Mode.TABLETOP);
            assertThat(incident.journal().file()).isEqualTo(journal);
            assertThat(Files.size(journal)).isPositive();
        }
    }

    @Test
    void aPlanThatCannotOpenComesBackAsTheServicesRefusal() {
        Path missing = dir.resolve("no-such-plan.yaml");
        EarlyOpening.begin(new String[] {"--plan", missing.toString(), "--journal", dir.resolve("j.jsonl").toString()});

        EarlyOpening begun = EarlyOpening.take().orElseThrow();
        Throwable failure = begun.opening().handle((handle, failed) -> failed).orTimeout(60, TimeUnit.SECONDS).join();
        Throwable cause = failure instanceof CompletionException wrapped ? wrapped.getCause() : failure;
        assertThat(cause).isInstanceOf(RequestRefusedException.class);
        assertThat(RequestRefusedException.words(cause)).contains("no-such-plan.yaml");
        assertThat(dir.resolve("j.jsonl")).doesNotExist();
    }

    @Test
    void theStartScreenAndABadOptionBeginNothing() {
        EarlyOpening.begin(new String[] {"--start"});
        assertThat(EarlyOpening.take()).isEmpty();
        EarlyOpening.begin(new String[] {"--no-such-option"});
        assertThat(EarlyOpening.take()).isEmpty();
    }
}

package dev.warroom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A clock speed that cannot run is a usage error in words, before any journal is written. */
class SpeedOptionTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"0", "-5", "0.0", "NaN", "Infinity", "fast"})
    void aSpeedThatIsNotAPositiveNumberIsRefusedInWords(String speed) {
        Path journal = dir.resolve("incident.jsonl");

        CliRun run = CliRun.of("run", Incidents.plan().toString(), "--mode", "tabletop", "--journal", journal.toString(),
                "--speed", speed);
        CliRun resume = CliRun.of("resume", journal.toString(), "--speed", speed);

        for (CliRun refused : new CliRun[] {run, resume}) {
            assertThat(refused.exitCode()).as(refused.err()).isEqualTo(ExitCodes.USAGE);
            assertThat(refused.err()).contains("--speed wants a positive number of incident seconds per real second")
                    .contains("'" + speed + "'").doesNotContain("internal error", "Exception");
        }
        assertThat(journal).doesNotExist();
    }
}

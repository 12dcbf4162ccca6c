package dev.warroom.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.warroom.core.plan.load.HostileInput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real command, in its own JVM with a 64 MB heap: files built to exhaust memory are refused
 * with a message, not an OutOfMemoryError.
 */
class BoundedMemoryTest {

    private record Outcome(int exitCode, String output) {
    }

    private static Outcome validateInSmallJvm(Path file, Path dir) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path output = dir.resolve("output.txt");
        Process process = new ProcessBuilder(List.of(java.toString(), "-Xmx64m", "-cp", System.getProperty("java.class.path"),
                WarRoomCli.class.getName(), "validate", file.toString()))
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("warroom validate " + file + " did not finish");
        }
        return new Outcome(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
    }

    @Test
    void aFiftyMegabyteFileIsRefusedInASmallHeap(@TempDir Path dir) throws Exception {
        Path huge = HostileInput.hugeFile(dir, 50);

        Outcome outcome = assertTimeoutPreemptively(Duration.ofSeconds(90), () -> validateInSmallJvm(huge, dir));

        assertThat(outcome.exitCode()).isEqualTo(1);
        assertThat(outcome.output()).contains(huge + ":1:1: error: the file is ").contains("plans are limited to 4 MiB")
                .doesNotContain("OutOfMemoryError").doesNotContain("Exception");
    }

    @Test
    void anAliasBombIsRefusedInASmallHeap(@TempDir Path dir) throws Exception {
        Path bomb = Files.write(dir.resolve("lol.yaml"), HostileInput.billionLaughs());

        Outcome outcome = assertTimeoutPreemptively(Duration.ofSeconds(90), () -> validateInSmallJvm(bomb, dir));

        assertThat(outcome.exitCode()).isEqualTo(1);
        assertThat(outcome.output()).contains(bomb + ":").contains(": error: ").contains("refused")
                .doesNotContain("OutOfMemoryError").doesNotContain("Exception");
    }
}

package dev.warroom.console.startup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code scripts/console} builds only when something under app/ or a pom changed since its last build,
 * keeps the class path that build resolved, and hands its arguments to the console. Run on a copy of the
 * script in a checkout of its own, where Maven and java are stand-ins that write down how they were called.
 */
class ConsoleScriptTest {

    private static final Path SCRIPT = Path.of("..", "..", "scripts", "console").toAbsolutePath().normalize();

    @TempDir
    Path checkout;

    private Path calls;

    @BeforeEach
    void aCheckoutWithStandIns() throws IOException {
        calls = checkout.resolve("calls.txt");
        Files.createDirectories(checkout.resolve("scripts"));
        Files.copy(SCRIPT, checkout.resolve("scripts/console"));
        executable(checkout.resolve("scripts/console"));
        Files.writeString(checkout.resolve("pom.xml"), "<project/>\n");
        Files.createDirectories(checkout.resolve("app/core/src"));
        Files.writeString(checkout.resolve("app/core/src/Plan.java"), "class Plan {}\n");
        Files.writeString(checkout.resolve("mvnw"), String.join("\n",
                "#!/usr/bin/env bash",
                "root=\"$(cd \"$(dirname \"$0\")\" && pwd)\"",
                "mkdir -p \"$root/app/console/target\"",
                "touch \"$root/app/console/target/warroom-console-0.1.0-SNAPSHOT.jar\"",
                "echo /deps/javafx.jar > \"$root/app/console/target/launcher-dependencies.txt\"",
                "echo maven >> \"$root/calls.txt\"", ""));
        executable(checkout.resolve("mvnw"));
        Files.createDirectories(checkout.resolve("jdk/bin"));
        Files.writeString(checkout.resolve("jdk/bin/java"), String.join("\n",
                "#!/usr/bin/env bash",
                "echo \"java $*\" >> \"" + calls + "\"", ""));
        executable(checkout.resolve("jdk/bin/java"));
    }

    @Test
    void buildsOnceThenOnlyAfterAChangeUnderAppAndPassesTheArgumentsOn() throws Exception {
        run("--start");
        assertThat(lines()).hasSize(2);
        assertThat(lines().get(0)).isEqualTo("maven");
        assertThat(lines().get(1)).contains("-cp " + checkout.resolve("app/console/target/warroom-console-0.1.0-SNAPSHOT.jar") + ":/deps/javafx.jar")
                .endsWith("dev.warroom.console.ConsoleLauncher --start");

        run("--lang", "zh-TW");
        assertThat(lines()).hasSize(3);
        assertThat(lines().get(2)).startsWith("java ").endsWith("dev.warroom.console.ConsoleLauncher --lang zh-TW");

        Path output = checkout.resolve("app/core/target/classes/Plan.class");
        Files.createDirectories(output.getParent());
        Files.writeString(output, "built");
        later(output);
        run();
        assertThat(lines()).hasSize(4).last().asString().startsWith("java ");

        later(checkout.resolve("app/core/src/Plan.java"));
        run();
        assertThat(lines()).hasSize(6);
        assertThat(lines().get(4)).isEqualTo("maven");
    }

    @Test
    void aChangedPomRebuildsToo() throws Exception {
        run();
        later(checkout.resolve("pom.xml"));
        run();
        assertThat(lines()).hasSize(4);
        assertThat(lines().get(0)).isEqualTo("maven");
        assertThat(lines().get(2)).isEqualTo("maven");
        assertThat(lines().get(3)).startsWith("java ");
    }

    private void run(String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of("bash", checkout.resolve("scripts/console").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(checkout.resolve("script-output.txt").toFile());
        builder.environment().put("JAVA_HOME", checkout.resolve("jdk").toString());
        builder.environment().put("WARROOM_NO_CDS", "1");
        builder.environment().remove("WARROOM_JAVA_OPTIONS");
        Process process = builder.start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("scripts/console ended").isTrue();
        assertThat(process.exitValue()).as(Files.readString(checkout.resolve("script-output.txt"))).isZero();
    }

    private List<String> lines() throws IOException {
        return Files.exists(calls) ? Files.readAllLines(calls, StandardCharsets.UTF_8) : List.of();
    }

    /** A change made after the last build, whatever the file system's time resolution. */
    private static void later(Path file) throws IOException {
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(60)));
    }

    private static void executable(Path file) throws IOException {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
}

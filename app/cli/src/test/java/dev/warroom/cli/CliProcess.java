package dev.warroom.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The command line in a JVM of its own, as a user's shell runs it: its own environment, and it exits
 * when the command returns (so whatever it leaves running must outlive it, as `lab up` does).
 */
final class CliProcess {

    private final Path workDir;
    private final Map<String, String> environment;

    /** Runs in {@code workDir} with the test's environment, minus the lab's variables, plus {@code environment}. */
    CliProcess(Path workDir, Map<String, String> environment) {
        this.workDir = workDir;
        this.environment = environment;
    }

    /** What one run printed (standard output and error together) and how it ended. */
    record Ran(int exitCode, String output) {
    }

    Process start(Path output, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", WarRoomCli.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true)
                .redirectOutput(output.toFile());
        builder.environment().put("CLASSPATH", System.getProperty("java.class.path"));
        builder.environment().keySet().removeIf(name -> name.startsWith("WARROOM_LAB_"));
        builder.environment().putAll(environment);
        return builder.start();
    }

    Ran run(long timeoutMinutes, String... args) throws IOException, InterruptedException {
        Path output = Files.createTempFile(workDir, "warroom-", ".out");
        Process process = start(output, args);
        if (!process.waitFor(timeoutMinutes, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("warroom " + String.join(" ", args) + " did not return within " + timeoutMinutes
                    + " min; it printed:\n" + Files.readString(output));
        }
        return new Ran(process.exitValue(), Files.readString(output));
    }
}

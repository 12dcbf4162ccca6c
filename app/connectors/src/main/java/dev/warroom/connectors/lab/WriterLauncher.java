package dev.warroom.connectors.lab;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Starts the {@link HeartbeatWriter} as a small detached JVM: this Java, this class path (passed in
 * {@code CLASSPATH}), in a new session ({@code setsid}) with its output in the lab's log, so it neither
 * holds the terminal nor dies with the command that started it. Waits until the writer has put its
 * first row in.
 */
final class WriterLauncher {

    private static final Duration FIRST_ROW_WITHIN = Duration.ofSeconds(90);

    private WriterLauncher() {
    }

    static Predicate<ProcessHandle> identity(String labId) {
        return Processes.argumentsInclude(HeartbeatWriter.class.getName(), labId);
    }

    static long launch(Path dir, String labId, Path log) {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        if (!Files.isExecutable(java)) {
            throw new LabException("the heartbeat writer needs a java executable and " + java + " is missing");
        }
        String classPath = Arrays.stream(System.getProperty("java.class.path", "").split(File.pathSeparator))
                .filter(e -> !e.isBlank()).map(e -> Path.of(e).toAbsolutePath().toString()).collect(Collectors.joining(File.pathSeparator));
        List<String> command = new ArrayList<>();
        setsid().ifPresent(command::add);
        command.addAll(List.of(java.toString(), "-Xmx48m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                HeartbeatWriter.class.getName(), dir.toAbsolutePath().toString(), labId));
        Path pidFile = dir.resolve(HeartbeatWriter.PID_FILE);
        Process process;
        try {
            Files.deleteIfExists(pidFile);
            Files.createDirectories(log.getParent());
            ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
            // in the environment rather than on the command line, which stays short enough to identify the writer by
            builder.environment().put("CLASSPATH", classPath);
            builder.environment().remove("JAVA_TOOL_OPTIONS");
            process = builder.start();
        } catch (IOException e) {
            throw new LabException("could not start the heartbeat writer: " + e.getMessage(), e);
        }
        long deadline = System.nanoTime() + FIRST_ROW_WITHIN.toNanos();
        while (!Files.exists(pidFile)) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                String what = process.isAlive() ? "wrote no row within " + FIRST_ROW_WITHIN.toSeconds() + " s" : "stopped";
                process.destroyForcibly();
                throw new LabException("the heartbeat writer " + what + ": " + Exec.tail(log));
            }
            Pause.briefly();
        }
        try {
            return Long.parseLong(Files.readString(pidFile).strip());
        } catch (IOException | NumberFormatException e) {
            return process.pid();
        }
    }

    private static Optional<String> setsid() {
        return List.of("/usr/bin/setsid", "/bin/setsid").stream().filter(p -> Files.isExecutable(Path.of(p))).findFirst();
    }
}

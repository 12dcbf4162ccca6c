package dev.warroom.connectors.web.local;

import dev.warroom.connectors.Params;
import dev.warroom.core.time.DurationText;
import dev.warroom.core.world.ActionExecutor;
import dev.warroom.core.world.ActionPreview;
import dev.warroom.core.world.ActionRequest;
import dev.warroom.core.world.ActionResult;
import dev.warroom.core.world.Footprint;
import dev.warroom.core.world.Reach;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * shell.run: runs {@code command} with {@code bash -c} in {@code workdir} (relative to the plan's
 * folder) or the plan's folder, as the user running WarRoom. Output (stdout and stderr together) is
 * kept bounded; exit code 0 succeeds. A command still running at the step's timeout is stopped with
 * its children. A shell can touch anything, so its reach is always live; the dispatcher also wants
 * the user's consent (--allow-shell, or the console's start-screen checkbox). Thread-safe.
 */
public final class ShellRunExecutor implements ActionExecutor {

    static final int KEEP_BYTES = 2000;

    private final Path planDir;

    public ShellRunExecutor(Path planDir) {
        this.planDir = planDir;
    }

    @Override
    public Reach reach(ActionRequest request) {
        return Reach.LIVE;
    }

    @Override
    public Footprint footprint(ActionRequest request) {
        return Footprint.unknown("a shell command can connect anywhere");
    }

    @Override
    public ActionPreview preview(ActionRequest request) {
        Optional<String> problem = Params.missing(request, "command");
        if (problem.isPresent()) {
            return Params.cannot(request, problem.get(), Reach.LIVE);
        }
        Path dir = workdir(request);
        return new ActionPreview("Run a shell command on this machine in " + dir,
                "cd " + quoted(dir.toString()) + " && bash -c " + quoted(request.params().get("command").strip()),
                List.of("whatever the command does: it runs as " + System.getProperty("user.name")
                        + " with everything this machine can reach"),
                Reach.LIVE);
    }

    @Override
    public ActionResult execute(ActionRequest request) throws InterruptedException {
        Optional<String> problem = Params.missing(request, "command");
        if (problem.isPresent()) {
            return ActionResult.failed(problem.get());
        }
        Path dir = workdir(request);
        if (!Files.isDirectory(dir)) {
            return ActionResult.failed("the working folder " + dir + " does not exist: the command was not run");
        }
        ProcessBuilder builder = new ProcessBuilder("bash", "-c", request.params().get("command").strip())
                .directory(dir.toFile()).redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        long started = System.nanoTime();
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            return ActionResult.failed("cannot start bash: " + e.getMessage());
        }
        BoundedOutput output = new BoundedOutput(KEEP_BYTES);
        Thread reader = new Thread(() -> {
            try {
                output.readAll(process.getInputStream());
            } catch (IOException e) {
                // the process ended or was stopped; what was read is kept
            }
        }, "warroom-shell-output");
        reader.setDaemon(true);
        reader.start();
        try {
            boolean finished = process.waitFor(request.timeout().toMillis(), TimeUnit.MILLISECONDS);
            if (!finished) {
                stop(process);
                reader.join(1000);
                return new ActionResult(false, "still running after the step's timeout of " + DurationText.format(request.timeout())
                        + ": stopped it" + lastLine(output), outputs(-1, output));
            }
        } catch (InterruptedException e) {
            stop(process);
            throw e;
        }
        reader.join(5000);
        int exit = process.exitValue();
        String took = DurationText.human(Duration.ofNanos(System.nanoTime() - started));
        return exit == 0 ? ActionResult.ok("exited 0 after " + took + lastLine(output), outputs(exit, output))
                : new ActionResult(false, "exited with " + exit + " after " + took + lastLine(output), outputs(exit, output));
    }

    private Path workdir(ActionRequest request) {
        String given = request.params().get("workdir");
        return given == null || given.isBlank() ? planDir : planDir.resolve(given.strip()).normalize();
    }

    private static void stop(Process process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }

    private static Map<String, String> outputs(int exit, BoundedOutput output) {
        Map<String, String> out = new LinkedHashMap<>();
        if (exit >= 0) {
            out.put("exitCode", Integer.toString(exit));
        }
        out.put("output", output.text());
        return out;
    }

    private static String lastLine(BoundedOutput output) {
        List<String> lines = output.text().strip().lines().toList();
        return lines.isEmpty() ? "" : ": " + lines.get(lines.size() - 1);
    }

    private static String quoted(String text) {
        return text.matches("[A-Za-z0-9_./:@=,+-]+") ? text : "'" + text.replace("'", "'\\''") + "'";
    }
}

package dev.warroom.core.sim;

import dev.warroom.core.world.ActionRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** shell.run in the simulated world: never starts a process; it reports what it would have run. */
final class ShellRun extends SimAction {

    ShellRun(SimContext ctx) {
        super(ctx, "shell.run");
    }

    @Override
    protected boolean callsProviderApi() {
        return false;
    }

    @Override
    protected Outcome apply(ActionRequest request, Optional<SimResource> target, Instant t) {
        return Outcome.ok(pick(request, t, "run", Duration.ofSeconds(1), Duration.ofSeconds(3)),
                "simulated: would have run " + commandLine(request) + " (no process was started)",
                Map.of("command", commandLine(request), "simulated", "true"));
    }

    @Override
    protected Draft draft(ActionRequest request) {
        return new Draft("Run a shell command (simulated: it will not be started)", commandLine(request),
                List.of("nothing: in the simulated world the command is only reported"));
    }

    private static String commandLine(ActionRequest request) {
        String workdir = request.params().get("workdir");
        String command = request.params().get("command").strip();
        return workdir == null ? command : "cd " + Calls.quoted(workdir) + " && " + command;
    }
}

package dev.warroom.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options shared by `run` and `resume`: who is commanding and how the answers come. */
final class IncidentOptions {

    @Option(names = "--auto", description = "Take each suggested answer (or the first) and confirm every step. Refused in LIVE mode.")
    boolean auto;

    @Option(names = "--answers", paramLabel = "FILE", description = "Scripted answers and confirmations (YAML); the rest is asked.")
    Path answers;

    @Option(names = "--actor", paramLabel = "NAME", description = "Who is commanding (recorded on every decision). Default: $USER.")
    String actor;

    @Option(names = "--allow-shell", description = "Allow this plan's shell.run steps to run commands on this machine (DRILL/LIVE).")
    boolean allowShell;

    @Option(names = "--speed", paramLabel = "N", defaultValue = "10",
            description = "TABLETOP without --auto: incident seconds per real second (default ${DEFAULT-VALUE}).")
    double speed;

    String actorName() {
        if (actor != null && !actor.isBlank()) {
            return actor.strip();
        }
        String user = System.getenv("USER");
        return user == null || user.isBlank() ? "commander" : user;
    }
}

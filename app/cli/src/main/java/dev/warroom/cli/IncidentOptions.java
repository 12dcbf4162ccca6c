package dev.warroom.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.warroom.core.plan.load.YamlDocuments;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/** Options shared by `run` and `resume`: who is commanding, how the answers come, and what the plan may do on this machine. */
final class IncidentOptions {

    @Option(names = "--auto", description = "Take each suggested answer (or the first) and confirm every step."
            + " Refused in LIVE mode, where a person confirms.")
    boolean auto;

    @Option(names = "--answers", paramLabel = "FILE", description = "Scripted answers and confirmations (YAML); the rest is asked.")
    Path answers;

    @Option(names = "--actor", paramLabel = "NAME", description = "Who is commanding (recorded on every decision). Default: $USER.")
    String actor;

    @Option(names = "--allow-shell", description = "Allow this plan's shell.run steps to run commands on this machine (LIVE only:"
            + " a shell can reach anything, so a DRILL never runs one).")
    boolean allowShell;

    @Option(names = "--speed", paramLabel = "N", defaultValue = "10",
            description = "TABLETOP without --auto: incident seconds per real second (default ${DEFAULT-VALUE}). DRILL and LIVE run in"
                    + " real time.")
    double speed;

    /** What is wrong with the --answers file, if anything: checked before an incident opens, so a typo costs nothing. */
    Optional<String> answersProblem() {
        if (answers == null) {
            return Optional.empty();
        }
        if (!Files.isRegularFile(answers)) {
            return Optional.of(answers + ": no such file");
        }
        try {
            JsonNode script = YamlDocuments.read(answers.toString(), Files.readAllBytes(answers));
            return script.isObject() ? Optional.empty()
                    : Optional.of(answers + ": expected a mapping with answers, confirm and onFailure");
        } catch (IOException e) {
            return Optional.of(e.getMessage());
        }
    }

    String actorName() {
        if (actor != null && !actor.isBlank()) {
            return actor.strip();
        }
        String user = System.getenv("USER");
        return user == null || user.isBlank() ? "commander" : user;
    }
}

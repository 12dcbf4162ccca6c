package dev.warroom.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.warroom.core.plan.load.YamlDocuments;
import dev.warroom.service.ClockChoice;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

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

    @Option(names = "--speed", paramLabel = "N", defaultValue = "10", converter = PositiveSpeed.class,
            description = "TABLETOP without --auto: incident seconds per real second (default ${DEFAULT-VALUE}). DRILL and LIVE run in"
                    + " real time.")
    double speed;

    private JsonNode answersScript;

    /** A clock speed is a positive, finite number of incident seconds per real second; anything else is a usage error in words. */
    static final class PositiveSpeed implements ITypeConverter<Double> {
        @Override
        public Double convert(String value) {
            try {
                double speed = Double.parseDouble(value.strip());
                if (speed > 0 && Double.isFinite(speed)) {
                    return speed;
                }
            } catch (NumberFormatException e) {
                // said below, in the same words as a zero or negative speed
            }
            throw new TypeConversionException("--speed wants a positive number of incident seconds per real second"
                    + " (e.g. 10: ten times faster than real time), not '" + value + "'");
        }
    }

    /**
     * Reads the --answers file, if one was given, before an incident opens, so a typo costs nothing;
     * the script read here is the one {@link #answersScript()} gives the session. Returns what is wrong with it.
     */
    Optional<String> readAnswers() {
        if (answers == null) {
            return Optional.empty();
        }
        if (!Files.isRegularFile(answers)) {
            return Optional.of(answers + ": no such file");
        }
        try {
            JsonNode script = YamlDocuments.read(answers.toString(), Files.readAllBytes(answers));
            if (!script.isObject()) {
                return Optional.of(answers + ": expected a mapping with answers, confirm and onFailure");
            }
            answersScript = script;
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of(e.getMessage());
        }
    }

    /** The --answers script {@link #readAnswers()} read, if one was given. */
    Optional<JsonNode> answersScript() {
        return Optional.ofNullable(answersScript);
    }

    /** How a TABLETOP's time runs: instant with --auto, else --speed times real time. */
    ClockChoice clock() {
        return auto ? ClockChoice.virtualTime() : ClockChoice.accelerated(speed);
    }

    String actorName() {
        if (actor != null && !actor.isBlank()) {
            return actor.strip();
        }
        String user = System.getenv("USER");
        return user == null || user.isBlank() ? "commander" : user;
    }
}

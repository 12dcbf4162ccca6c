package dev.warroom.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.warroom.core.plan.PlanLanguage;
import dev.warroom.core.plan.load.PositionIndex;
import dev.warroom.core.plan.load.YamlDocuments;
import dev.warroom.core.plan.model.Drill;
import dev.warroom.core.plan.model.Plan;
import dev.warroom.core.text.TextLanguage;
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

    @Option(names = "--lang", paramLabel = "LANG", converter = LanguageTag.class,
            description = "The language of the plan's text on this terminal: " + TextLanguage.CHOICES + ". English shows each"
                    + " title's English text where the plan has one. Default: the system locale's, else the plan's own.")
    TextLanguage lang;

    private JsonNode answersScript;
    private PositionIndex answersPositions = PositionIndex.EMPTY;
    private DrillAnswers drillAnswers = DrillAnswers.none();
    private ReportAnswers reportAnswers = ReportAnswers.none();

    /** A --lang value is one of the languages WarRoom can show; anything else is a usage error in words. */
    static final class LanguageTag implements ITypeConverter<TextLanguage> {
        @Override
        public TextLanguage convert(String value) {
            return TextLanguage.fromTag(value).orElseThrow(() -> new TypeConversionException(
                    "--lang wants one of " + TextLanguage.CHOICES + ", not '" + value + "'"));
        }
    }

    /** The one language this terminal shows the plan's text in: --lang, else the system locale's, else the plan's own. */
    TextLanguage language(Plan plan) {
        return PlanLanguage.chosen(Optional.ofNullable(lang), SystemLanguage.get(), plan);
    }

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
            YamlDocuments.Located read = YamlDocuments.readLocated(answers.toString(), Files.readAllBytes(answers));
            JsonNode script = read.tree();
            if (!script.isObject()) {
                return Optional.of(answers + ": expected a mapping with answers, confirm and onFailure");
            }
            answersScript = script;
            answersPositions = read.positions();
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of(e.getMessage());
        }
    }

    /**
     * Checks the drill's part of the --answers file (verdicts, hot wash, cleanup) against the drill played
     * (none: the file must not have that part), after {@link #readAnswers()}. Returns what is wrong, as file:line:column.
     */
    Optional<String> checkDrillAnswers(Optional<Drill> drill) {
        if (answersScript == null) {
            return Optional.empty();
        }
        try {
            drillAnswers = DrillAnswers.read(answersScript, answersPositions, answers.toString(), drill);
            return Optional.empty();
        } catch (DrillAnswers.BadAnswersException e) {
            return Optional.of(e.getMessage());
        }
    }

    /**
     * Checks the {@code recovered:} part of the --answers file against the plan's reassess nodes, after
     * {@link #readAnswers()}. Returns what is wrong, as file:line:column.
     */
    Optional<String> checkRecoveredAnswers(dev.warroom.core.plan.model.Plan plan) {
        if (answersScript == null) {
            return Optional.empty();
        }
        try {
            RecoveredAnswers.check(answersScript, answersPositions, answers.toString(), plan);
            return Optional.empty();
        } catch (DrillAnswers.BadAnswersException e) {
            return Optional.of(e.getMessage());
        }
    }

    /**
     * Checks the report author's part of the --answers file ({@code report:}), after {@link #readAnswers()}.
     * Returns what is wrong, as file:line:column.
     */
    Optional<String> checkReportAnswers() {
        if (answersScript == null) {
            return Optional.empty();
        }
        try {
            reportAnswers = ReportAnswers.read(answersScript, answersPositions, answers.toString());
            return Optional.empty();
        } catch (DrillAnswers.BadAnswersException e) {
            return Optional.of(e.getMessage());
        }
    }

    /** The report author's entries the --answers file gives (none without a file or its report key). */
    ReportAnswers reportAnswers() {
        return reportAnswers;
    }

    /** The end of the drill as the --answers file gives it (nothing without a file or a drill). */
    DrillAnswers drillAnswers() {
        return drillAnswers;
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

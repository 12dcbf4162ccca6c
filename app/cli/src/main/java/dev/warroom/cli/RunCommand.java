package dev.warroom.cli;

import dev.warroom.core.incident.Mode;
import dev.warroom.core.plan.model.Drill;
import dev.warroom.service.IncidentService;
import dev.warroom.service.OpenRequest;
import dev.warroom.service.PreparedOpen;
import dev.warroom.service.RequestRefusedException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code warroom run PLAN --mode tabletop|drill|live [--scenario ID | --drill ID] [--severity ID] --journal FILE}. TABLETOP plays the
 * simulated world; DRILL and LIVE act through the real connectors (a DRILL only on drill environments
 * such as loopback; LIVE only with a person confirming, after typing LIVE).
 */
@Command(name = "run", description = "Run an incident from a plan in the terminal, journaling every fact.")
final class RunCommand implements Callable<Integer> {

    @Parameters(paramLabel = "PLAN", description = "The plan (YAML).")
    Path planFile;

    @Option(names = "--mode", required = true, paramLabel = "MODE", description = "tabletop, drill or live.")
    String mode;

    @Option(names = "--scenario", paramLabel = "ID",
            description = "Scenario from the plan; in TABLETOP its faults start the simulated world, in DRILL they are brought about"
                    + " where a connector can (the local lab's servers) and left to the facilitator elsewhere.")
    String scenario;

    @Option(names = "--drill", paramLabel = "ID",
            description = "Play the plan's drill ID (TABLETOP or DRILL): its scenario, its injects and its success criteria, judged"
                    + " against the drill's own targets at the end, then its hot wash and cleanup.")
    String drill;

    @Option(names = "--severity", paramLabel = "ID",
            description = "The plan's severity level (targets.severities) the incident is held to: its RTO and RPO run the clocks and"
                    + " judge the report. Default: the level the scenario names, else the plan's overall targets.")
    String severity;

    @Option(names = "--journal", required = true, paramLabel = "FILE", description = "Journal to create (JSON Lines).")
    Path journal;

    @Option(names = "--seed", paramLabel = "N", description = "TABLETOP: seed of the simulated world (default: random, recorded).")
    Long seed;

    @Option(names = "--detected-after", paramLabel = "DURATION", defaultValue = "0s",
            description = "How long before the incident opened the impact began, e.g. 5m (counts as detection time).")
    String detectedAfter;

    @Mixin
    IncidentOptions options;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        Optional<Mode> parsed = Mode.parse(mode);
        if (parsed.isEmpty()) {
            err.println("warroom: --mode must be tabletop, drill or live (got '" + mode + "')");
            return ExitCodes.USAGE;
        }
        if (options.auto && parsed.get() == Mode.LIVE) {
            err.println("warroom: refused: --auto never runs in LIVE mode; every live step is confirmed by a person");
            return ExitCodes.USAGE;
        }
        Optional<Duration> detection = dev.warroom.core.time.DurationText.parse(detectedAfter);
        if (detection.isEmpty()) {
            err.println("warroom: --detected-after: " + dev.warroom.core.time.DurationText.explain(detectedAfter));
            return ExitCodes.USAGE;
        }
        Optional<String> badAnswers = options.readAnswers().or(options::checkReportAnswers);
        if (badAnswers.isPresent()) {
            err.println("warroom: --answers: " + badAnswers.get());
            return ExitCodes.USAGE;
        }
        IncidentService service = new IncidentService();
        PreparedOpen prepared;
        try {
            OpenRequest request = new OpenRequest(planFile, parsed.get(), Optional.ofNullable(scenario), journal,
                    options.actorName(), options.clock(), Optional.ofNullable(seed), detection.get(), options.allowShell, Optional.empty());
            request = drill == null ? request : request.withDrill(drill);
            prepared = service.prepareOpen(severity == null ? request : request.withSeverity(severity));
        } catch (RequestRefusedException e) {
            return Refusals.report(e, err);
        }
        Optional<Drill> played = prepared.drill();
        Optional<String> badDrillAnswers = options.checkDrillAnswers(played).or(() -> options.checkRecoveredAnswers(prepared.plan()));
        if (badDrillAnswers.isPresent()) {
            err.println("warroom: --answers: " + badDrillAnswers.get());
            return ExitCodes.USAGE;
        }
        played.ifPresent(d -> DrillWords.describe(d, options.language(prepared.plan()), spec.commandLine().getOut()));
        if (prepared.scenarioDefaulted() && played.isEmpty()) {
            String how = parsed.get() == Mode.TABLETOP ? "playing" : "drilling";
            prepared.scenario().ifPresent(s -> spec.commandLine().getOut().println("No --scenario given: " + how + " '" + s.id()
                    + "', the plan's failover scenario (the plan has: " + prepared.scenarioIds() + ")"));
        }
        SeverityWords.describe(prepared, severity != null, options.language(prepared.plan())).ifPresent(spec.commandLine().getOut()::println);
        Session opened;
        try {
            opened = Session.open(service, prepared, options, spec.commandLine().getOut(), err);
        } catch (Session.NotStartedException e) {
            err.println("warroom: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        try (Session session = opened) {
            return session.drive();
        }
    }
}

package dev.warroom.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.warroom.core.incident.Autopilot;
import dev.warroom.core.incident.Commander;
import dev.warroom.core.incident.Incident;
import dev.warroom.core.incident.IncidentDriver;
import dev.warroom.core.incident.IncidentRuntime;
import dev.warroom.core.incident.IncidentState;
import dev.warroom.core.incident.IncidentStatus;
import dev.warroom.core.incident.Mode;
import dev.warroom.core.journal.Journal;
import dev.warroom.core.plan.load.YamlDocuments;
import dev.warroom.core.plan.model.Plan;
import dev.warroom.core.plan.model.Scenario;
import dev.warroom.core.report.IncidentReport;
import dev.warroom.core.report.Metric;
import dev.warroom.core.report.ReportBuilder;
import dev.warroom.core.time.AcceleratedClock;
import dev.warroom.core.time.DurationText;
import dev.warroom.core.time.IncidentClock;
import dev.warroom.core.time.VirtualClock;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * One incident in the terminal: builds the world, clock, board and journal for a mode, opens or
 * resumes the incident, and drives it with the chosen commander.
 */
final class Session implements AutoCloseable {

    private final Plan plan;
    private final Journal journal;
    private final Incident incident;
    private final IncidentRuntime runtime;
    private final IncidentOptions options;
    private final Path journalFile;
    private final EventEcho echo;
    private final PrintWriter out;
    private final PrintWriter err;

    private Session(Plan plan, IncidentRuntime runtime, IncidentOptions options, Path journalFile, EventEcho echo, PrintWriter out,
            PrintWriter err) {
        this.plan = plan;
        this.runtime = runtime;
        this.journal = runtime.journal();
        this.incident = runtime.incident();
        this.options = options;
        this.journalFile = journalFile;
        this.echo = echo;
        this.out = out;
        this.err = err;
    }

    /** Real connectors come with the connectors module; until then only the simulated world exists. */
    static Optional<String> unavailable(Mode mode) {
        return mode == Mode.TABLETOP ? Optional.empty()
                : Optional.of(mode.name() + " needs the real connectors (Azure, AWS, Kubernetes, PostgreSQL, Redis), which this build"
                        + " does not have yet; use --mode tabletop");
    }

    static Session open(Plan plan, Path planFile, Mode mode, Optional<Scenario> scenario, Path journalFile, Long seed,
            Duration detectedAfter, IncidentOptions options, PrintWriter out, PrintWriter err) throws IOException {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        IncidentClock clock = clockFor(options, now);
        long worldSeed = seed != null ? seed : ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE);
        EventEcho echo = new EventEcho(plan, out, clock, now.minus(detectedAfter));
        String title = plan.system() + (scenario.map(s -> " — " + (s.titleEn() != null ? s.titleEn() : s.title())).orElse(""));
        out.println("WarRoom " + mode.name() + " — " + title + " — journal " + journalFile);
        IncidentRuntime runtime = IncidentRuntime.openTabletop(new IncidentRuntime.Tabletop(plan, planFile.toString(),
                PlanFiles.sha256(planFile), scenario, journalFile, clock, worldSeed, detectedAfter, options.allowShell,
                options.actorName(), title), echo);
        return new Session(plan, runtime, options, journalFile, echo, out, err);
    }

    static Session resume(Path journalFile, Plan plan, Mode mode, JsonNode opened, Instant lastEventTime, IncidentOptions options,
            PrintWriter out, PrintWriter err) throws IOException {
        IncidentClock clock = clockFor(options, lastEventTime);
        Instant impact = Instant.parse(opened.path("impactStartedAt").asText(lastEventTime.toString()));
        EventEcho echo = new EventEcho(plan, out, clock, impact);
        IncidentRuntime runtime = IncidentRuntime.resumeTabletop(plan, journalFile, clock, options.allowShell, options.actorName(), echo);
        out.println("WarRoom " + mode.name() + " — resumed " + journalFile + " (" + runtime.journal().events().size() + " events)"
                + (runtime.journal().repairedBytes() > 0 ? "; a torn last line of " + runtime.journal().repairedBytes()
                        + " bytes was dropped" : ""));
        return new Session(plan, runtime, options, journalFile, echo, out, err);
    }

    private static IncidentClock clockFor(IncidentOptions options, Instant start) {
        return options.auto ? new VirtualClock(start) : new AcceleratedClock(start, options.speed);
    }

    int drive() throws IOException, InterruptedException {
        try {
            IncidentState end = new IncidentDriver(incident, commander(), echo, patience()).runToEnd();
            summarize(end);
            return end.status() == IncidentStatus.RESOLVED ? ExitCodes.OK : ExitCodes.ABORTED;
        } catch (TerminalCommander.InputClosedException e) {
            err.println("warroom: " + e.getMessage() + "; the incident is saved — carry on with: warroom resume " + journalFile);
            return ExitCodes.STOPPED;
        }
    }

    private Commander commander() throws IOException {
        Commander base = options.auto ? new Autopilot()
                : new TerminalCommander(options.actorName(), new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)),
                        out);
        if (options.answers == null) {
            return base;
        }
        JsonNode script = YamlDocuments.read(options.answers.toString(), Files.readAllBytes(options.answers));
        return new ScriptedCommander(script, base);
    }

    /** With --auto the driver waits for signals to build up (as long as the plan's longest); a person sees the countdown instead. */
    private Duration patience() {
        return options.auto ? IncidentRuntime.signalPatience(plan) : Duration.ZERO;
    }


    private void summarize(IncidentState end) {
        IncidentReport report = ReportBuilder.build(plan, incident.events(), journal.lastEvent().map(e -> e.hash()).orElse(""));
        out.println();
        out.println("Incident " + report.status() + report.endReason().map(r -> " — " + r).orElse(""));
        out.println("  " + line(report.rto()));
        out.println("  " + line(report.rpo()));
        out.println("  journal: " + journalFile + " (" + journal.events().size() + " events); report: warroom report " + journalFile
                + " --format md --out report.md");
        out.flush();
    }

    private static String line(Metric m) {
        return m.name() + " " + m.actual().map(DurationText::human).orElse("not measured") + " against a target of "
                + m.target().map(DurationText::human).orElse("—") + switch (m.verdict()) {
                    case MET -> " — met";
                    case MISSED -> " — MISSED";
                    default -> "";
                };
    }

    @Override
    public void close() throws IOException {
        runtime.close();
    }
}

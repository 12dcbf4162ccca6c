package dev.warroom.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.warroom.connectors.world.RealWorld;
import dev.warroom.core.incident.Autopilot;
import dev.warroom.core.incident.Commander;
import dev.warroom.core.incident.Incident;
import dev.warroom.core.incident.IncidentDriver;
import dev.warroom.core.incident.IncidentRuntime;
import dev.warroom.core.incident.IncidentState;
import dev.warroom.core.incident.IncidentStatus;
import dev.warroom.core.incident.Mode;
import dev.warroom.core.journal.Journal;
import dev.warroom.core.plan.PlanDigest;
import dev.warroom.core.plan.model.Plan;
import dev.warroom.core.plan.model.Scenario;
import dev.warroom.core.report.IncidentReport;
import dev.warroom.core.report.Metric;
import dev.warroom.core.report.ReportBuilder;
import dev.warroom.core.text.SafeText;
import dev.warroom.core.tabletop.TabletopRuntime;
import dev.warroom.core.time.AcceleratedClock;
import dev.warroom.core.time.DurationText;
import dev.warroom.core.time.IncidentClock;
import dev.warroom.core.time.SystemIncidentClock;
import dev.warroom.core.time.VirtualClock;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * One incident in the terminal: builds the world, clock, board and journal for a mode, opens or
 * resumes the incident, and drives it with the chosen commander. TABLETOP runs on the simulated
 * world; DRILL and LIVE on every connector family found on the class path, in real time. LIVE starts
 * only after the commander types LIVE. What becomes of chat messages queued while the network was
 * down is journaled as a note when it is known, at the latest when the session closes.
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
    private final BufferedReader terminal;
    private final Optional<RealWorld> real;

    private Session(Plan plan, IncidentRuntime runtime, IncidentOptions options, Path journalFile, EventEcho echo, PrintWriter out,
            PrintWriter err, BufferedReader terminal, Optional<RealWorld> real) {
        this.plan = plan;
        this.runtime = runtime;
        this.journal = runtime.journal();
        this.incident = runtime.incident();
        this.options = options;
        this.journalFile = journalFile;
        this.echo = echo;
        this.out = out;
        this.err = err;
        this.terminal = terminal;
        this.real = real;
        real.ifPresent(r -> r.journalChatFates(incident, trouble -> err.println("warroom: " + trouble)));
    }

    /** Why a session did not start; nothing was recorded. */
    static final class NotStartedException extends Exception {
        private static final long serialVersionUID = 1L;

        NotStartedException(String message) {
            super(message);
        }
    }

    /** The real connectors for {@code planFile}; a setting that cannot be used is a {@link NotStartedException}. */
    private static RealWorld realWorld(Path planFile) throws NotStartedException {
        try {
            return RealWorld.start(planFile);
        } catch (RealWorld.NotStartedException e) {
            throw new NotStartedException(e.getMessage());
        }
    }

    static Session open(Plan plan, Path planFile, Mode mode, Optional<Scenario> scenario, Path journalFile, Long seed,
            Duration detectedAfter, IncidentOptions options, PrintWriter out, PrintWriter err) throws IOException, NotStartedException {
        IncidentClock clock = clockFor(mode, options, Instant.now().truncatedTo(ChronoUnit.SECONDS));
        Instant now = clock.now();
        EventEcho echo = new EventEcho(plan, out, clock, now.minus(detectedAfter));
        String title = plan.system() + (scenario.map(s -> " — " + (s.titleEn() != null ? s.titleEn() : s.title())).orElse(""));
        BufferedReader terminal = terminal();
        if (mode == Mode.TABLETOP) {
            long worldSeed = seed != null ? seed : ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE);
            out.println("WarRoom " + mode.name() + " — " + SafeText.forDisplay(title) + " — journal " + journalFile);
            IncidentRuntime runtime = TabletopRuntime.open(new TabletopRuntime.Tabletop(plan, planFile.toString(),
                    PlanDigest.sha256(planFile), scenario, journalFile, clock, worldSeed, detectedAfter, options.allowShell,
                    options.actorName(), title), echo);
            return new Session(plan, runtime, options, journalFile, echo, out, err, terminal, Optional.empty());
        }
        RealWorld real = realWorld(planFile);
        try {
            if (mode == Mode.LIVE) {
                confirmLive(real, terminal, out);
            }
            out.println("WarRoom " + mode.name() + " — " + SafeText.forDisplay(title) + " — journal " + journalFile
                    + " — connectors: " + real.world().name());
            IncidentRuntime runtime = IncidentRuntime.open(new IncidentRuntime.Opening(mode, real.world(), real.identitySettings(),
                    IncidentRuntime.REAL_WORLD_BOARD, plan, planFile.toString(), PlanDigest.sha256(planFile), scenario, journalFile, clock,
                    detectedAfter, options.allowShell, options.actorName(), title), echo);
            return new Session(plan, runtime, options, journalFile, echo, out, err, terminal, Optional.of(real));
        } catch (IOException | NotStartedException | RuntimeException e) {
            real.close();
            throw e;
        }
    }

    static Session resume(Path journalFile, int recordedEvents, Plan plan, Path planFile, Mode mode, JsonNode opened,
            Instant lastEventTime, IncidentOptions options, PrintWriter out, PrintWriter err) throws IOException, NotStartedException {
        IncidentClock clock = clockFor(mode, options, lastEventTime);
        Instant impact = Instant.parse(opened.path("impactStartedAt").asText(lastEventTime.toString()));
        EventEcho echo = new EventEcho(plan, out, clock, impact);
        BufferedReader terminal = terminal();
        Optional<RealWorld> real = Optional.empty();
        String resuming = "WarRoom " + mode.name() + " — resuming " + journalFile + " (" + recordedEvents + " events)";
        IncidentRuntime runtime;
        if (mode == Mode.TABLETOP) {
            out.println(resuming);
            runtime = TabletopRuntime.resume(plan, journalFile, clock, options.allowShell, options.actorName(), echo);
        } else {
            RealWorld world = realWorld(planFile);
            try {
                if (mode == Mode.LIVE) {
                    confirmLive(world, terminal, out);
                }
                out.println(resuming + " — connectors: " + world.world().name());
                runtime = IncidentRuntime.resume(world.world(), IncidentRuntime.REAL_WORLD_BOARD, world.identitySettings(), plan, journalFile,
                        clock, options.allowShell, options.actorName(), echo);
            } catch (IOException | NotStartedException | RuntimeException e) {
                world.close();
                throw e;
            }
            real = Optional.of(world);
        }
        if (runtime.journal().repairedBytes() > 0) {
            out.println("  a torn last line of " + runtime.journal().repairedBytes() + " bytes (a write the crash cut short) was cut off the"
                    + " journal and kept in " + runtime.journal().tornLineKeptAt().map(Path::toString).orElse("?"));
        }
        return new Session(plan, runtime, options, journalFile, echo, out, err, terminal, real);
    }

    /** LIVE acts on real systems: the commander sees who the connectors act as and types LIVE to go on. */
    private static void confirmLive(RealWorld real, BufferedReader terminal, PrintWriter out) throws IOException, NotStartedException {
        out.println("LIVE mode: every step you confirm acts on real systems. The connectors act as:");
        real.world().identities().forEach((name, identity) -> out.println("  " + name + ": " + identity));
        out.print("Type LIVE to start, anything else to stop: ");
        out.flush();
        String typed = terminal.readLine();
        if (typed == null || !typed.strip().equals("LIVE")) {
            String said = typed == null ? "standard input closed" : "you typed '" + typed.strip() + "'";
            throw new NotStartedException("LIVE not confirmed (" + said + "): nothing was started and no journal was written");
        }
    }

    private static BufferedReader terminal() {
        return new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    }

    /** Real worlds run in real time; a tabletop is instant with --auto and accelerated otherwise. */
    private static IncidentClock clockFor(Mode mode, IncidentOptions options, Instant start) {
        if (mode != Mode.TABLETOP) {
            return new SystemIncidentClock();
        }
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

    private Commander commander() {
        Commander base = options.auto ? new Autopilot() : new TerminalCommander(options.actorName(), terminal, out);
        return options.answersScript().<Commander>map(script -> new ScriptedCommander(script, base)).orElse(base);
    }

    /** With --auto the driver waits for signals to build up (as long as the plan's longest); a person sees the countdown instead. */
    private Duration patience() {
        return options.auto ? IncidentRuntime.signalPatience(plan) : Duration.ZERO;
    }

    private void summarize(IncidentState end) {
        IncidentReport report = ReportBuilder.build(plan, incident.events(), journal.lastEvent().map(e -> e.hash()).orElse(""));
        out.println();
        out.println("Incident " + report.status() + report.endReason().map(r -> " — " + SafeText.forDisplay(r)).orElse(""));
        out.println("  " + line(report.rto()));
        out.println("  " + line(report.rpo()));
        out.println("  journal: " + journalFile + " (" + journal.events().size() + " events); report: warroom report " + journalFile
                + " --format md --out report.md");
        out.println("  journal head: " + journal.head() + " (keep a copy elsewhere; check it with: warroom verify " + journalFile
                + " --expect-head " + journal.head() + ")");
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

    /** Gives queued chat messages a last try and journals what became of them, then closes board, journal and connectors. */
    @Override
    public void close() throws IOException {
        try {
            real.ifPresent(this::settleChat);
        } finally {
            try {
                runtime.close();
            } finally {
                real.ifPresent(RealWorld::close);
            }
        }
    }

    private void settleChat(RealWorld world) {
        int pending = world.undeliveredMessages();
        if (pending > 0) {
            out.println("chat outbox: " + pending + (pending == 1 ? " message is" : " messages are")
                    + " not delivered yet; trying once more before closing");
            out.flush();
        }
        try {
            world.settleChat(RealWorld.OUTBOX_GRACE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

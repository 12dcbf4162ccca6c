package dev.warroom.cli;

import dev.warroom.core.drill.DrillState;
import dev.warroom.core.incident.Autopilot;
import dev.warroom.core.incident.Commander;
import dev.warroom.core.incident.IncidentDriver;
import dev.warroom.core.incident.IncidentRuntime;
import dev.warroom.core.incident.IncidentState;
import dev.warroom.core.incident.IncidentStatus;
import dev.warroom.core.incident.Mode;
import dev.warroom.core.incident.ReportFieldEntry;
import dev.warroom.core.incident.SnapshotFeed;
import dev.warroom.core.plan.model.Drill;
import dev.warroom.core.report.IncidentReport;
import dev.warroom.core.report.Metric;
import dev.warroom.core.report.ReportBuilder;
import dev.warroom.core.report.TimelineWords;
import dev.warroom.core.text.SafeText;
import dev.warroom.core.text.TextLanguage;
import dev.warroom.core.time.DurationText;
import dev.warroom.service.IncidentCommands;
import dev.warroom.service.IncidentHandle;
import dev.warroom.service.IncidentService;
import dev.warroom.service.PreparedOpen;
import dev.warroom.service.PreparedResume;
import dev.warroom.service.RequestRefusedException;
import dev.warroom.service.WorldLease;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.time.Duration;

/**
 * One incident in the terminal, opened or resumed through the {@link IncidentService}: the terminal's
 * part is the LIVE confirmation (the commander sees who the connectors act as and types LIVE), the
 * echo of the timeline, and driving the incident with the chosen commander. What becomes of chat
 * messages queued while the network was down is journaled when the session closes.
 */
final class Session implements AutoCloseable {

    /** How long the terminal waits for the echo to print what was recorded before it asks the next thing. */
    private static final Duration ECHO_PATIENCE = Duration.ofSeconds(10);

    private final IncidentHandle handle;
    private final IncidentOptions options;
    private final Path journalFile;
    private final EventEcho echo;
    private final SnapshotFeed.Subscription echoing;
    private final PrintWriter out;
    private final PrintWriter err;
    private final BufferedReader terminal;
    private final Optional<Drill> drill;
    private final Commander commander;
    private final InjectAcknowledgements acknowledgements;
    private final CountdownLine countdown;

    private Session(IncidentHandle handle, IncidentOptions options, PrintWriter out, PrintWriter err, BufferedReader terminal) {
        this.handle = handle;
        this.options = options;
        this.journalFile = handle.journal().file();
        this.out = out;
        this.err = err;
        this.terminal = terminal;
        this.drill = handle.state().drill().flatMap(d -> handle.plan().drills().stream().filter(x -> x.id().equals(d.drillId())).findFirst());
        this.countdown = new CountdownLine(out, System.console() != null && !"dumb".equals(System.getenv("TERM")), Duration.ofSeconds(1));
        this.commander = commander();
        boolean scripted = options.auto || options.answersScript().isPresent();
        this.acknowledgements = new InjectAcknowledgements(handle, scripted ? Optional.empty() : Optional.of(new TerminalPrompt(terminal, out)),
                commander.name(), err);
        DrillEcho drillEcho = new DrillEcho(drill, options.language(handle.plan()),
                () -> handle.state().drill().map(DrillState::startedAt));
        this.echo = new EventEcho(handle.plan(), options.language(handle.plan()), out, handle.clock(), handle.state().impactStartedAt(),
                drillEcho);
        echo.beforeOutput(countdown::otherOutput);
        this.echoing = handle.subscribeFromStart(snapshot -> echo.accept(snapshot.event()));
        echo.printAfter(this::awaitEcho);
    }

    /** Why a session did not start; nothing was recorded. */
    static final class NotStartedException extends Exception {
        private static final long serialVersionUID = 1L;

        NotStartedException(String message) {
            super(message);
        }
    }

    static Session open(IncidentService service, PreparedOpen prepared, IncidentOptions options, PrintWriter out, PrintWriter err)
            throws IOException, NotStartedException {
        BufferedReader terminal = terminal();
        Mode mode = prepared.mode();
        String banner = "WarRoom " + mode.name() + " — " + SafeText.forDisplay(title(prepared, options)) + " — journal " + prepared.journal();
        IncidentHandle handle;
        try {
            if (mode == Mode.TABLETOP) {
                out.println(banner);
                handle = service.open(prepared);
            } else {
                WorldLease world = service.startConnectors(prepared.planFile());
                confirmedOrClosed(world, mode, terminal, out);
                out.println(banner + " — connectors: " + world.world().name());
                handle = service.openOn(prepared, world);
            }
        } catch (RequestRefusedException e) {
            throw new NotStartedException(e.getMessage());
        }
        return session(handle, options, out, err, terminal);
    }

    static Session resume(IncidentService service, PreparedResume prepared, IncidentOptions options, PrintWriter out, PrintWriter err)
            throws IOException, NotStartedException {
        BufferedReader terminal = terminal();
        Mode mode = prepared.mode();
        String resuming = "WarRoom " + mode.name() + " — resuming " + prepared.journalFile() + " (" + prepared.events() + " events)";
        long repaired = prepared.repairedBytes();
        Optional<Path> tornLineKeptAt = prepared.tornLineKeptAt();
        IncidentHandle handle;
        try {
            if (mode == Mode.TABLETOP) {
                out.println(resuming);
                handle = service.resume(prepared);
            } else {
                WorldLease world;
                try {
                    world = service.startConnectors(prepared.planFile());
                    confirmedOrClosed(world, mode, terminal, out);
                } catch (RequestRefusedException | NotStartedException | RuntimeException e) {
                    prepared.close();
                    throw e;
                }
                out.println(resuming + " — connectors: " + world.world().name());
                handle = service.resumeOn(prepared, world);
            }
        } catch (RequestRefusedException e) {
            throw new NotStartedException(e.getMessage());
        }
        Session session = session(handle, options, out, err, terminal);
        if (repaired > 0) {
            session.awaitEcho();
            out.println("  a torn last line of " + repaired + " bytes (a write the crash cut short) was cut off the"
                    + " journal and kept in " + tornLineKeptAt.map(Path::toString).orElse("?"));
        }
        return session;
    }

    /** The session over an opened incident; if even that fails, the incident and its world are closed. */
    private static Session session(IncidentHandle handle, IncidentOptions options, PrintWriter out, PrintWriter err,
            BufferedReader terminal) throws IOException {
        try {
            return new Session(handle, options, out, err, terminal);
        } catch (RuntimeException e) {
            handle.close();
            throw e;
        }
    }

    private static void confirmedOrClosed(WorldLease world, Mode mode, BufferedReader terminal, PrintWriter out)
            throws IOException, NotStartedException {
        if (mode != Mode.LIVE) {
            return;
        }
        try {
            confirmLive(world, terminal, out);
        } catch (IOException | NotStartedException | RuntimeException e) {
            world.close();
            throw e;
        }
    }

    /** LIVE acts on real systems: the commander sees who the connectors act as and types LIVE to go on. */
    private static void confirmLive(WorldLease world, BufferedReader terminal, PrintWriter out) throws IOException, NotStartedException {
        out.println("LIVE mode: every step you confirm acts on real systems. The connectors act as:");
        world.identities().forEach((name, identity) -> out.println("  " + name + ": " + identity));
        out.print("Type LIVE to start, anything else to stop: ");
        out.flush();
        String typed = terminal.readLine();
        if (typed == null || !typed.strip().equals("LIVE")) {
            String said = typed == null ? "standard input closed" : "you typed '" + typed.strip() + "'";
            throw new NotStartedException("LIVE not confirmed (" + said + "): nothing was started and no journal was written");
        }
    }

    /** The incident's title in the terminal's language: the system, then the scenario's title. */
    private static String title(PreparedOpen prepared, IncidentOptions options) {
        TextLanguage language = options.language(prepared.plan());
        return prepared.plan().system() + prepared.scenario().map(s -> " — " + language.pick(s.title(), s.titleEn())).orElse("");
    }

    private static BufferedReader terminal() {
        return new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    }

    /** Lets the echo print every event recorded so far, so the terminal never asks ahead of its timeline. */
    private void awaitEcho() {
        try {
            echoing.awaitCaughtUp(ECHO_PATIENCE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    int drive() throws IOException, InterruptedException {
        Optional<String> badDrillAnswers = options.checkDrillAnswers(drill)
                .or(() -> options.checkRecoveredAnswers(handle.incident().plan()));
        if (badDrillAnswers.isPresent()) {
            err.println("warroom: --answers: " + badDrillAnswers.get() + "; the incident is saved — resume it with the file corrected: "
                    + "warroom resume " + journalFile);
            return ExitCodes.USAGE;
        }
        try {
            IncidentState end = new IncidentDriver(handle.incident(), new EchoFirst(commander, this::awaitEchoAndAcknowledge), echo,
                    patience()).runToEnd();
            drill.ifPresent(this::debrief);
            enterReportFields();
            summarize(end);
            return end.status() == IncidentStatus.RESOLVED ? ExitCodes.OK : ExitCodes.ABORTED;
        } catch (TerminalCommander.InputClosedException e) {
            awaitEcho();
            err.println("warroom: " + e.getMessage() + "; the incident is saved — carry on with: warroom resume " + journalFile);
            return ExitCodes.STOPPED;
        }
    }

    /** Before each question: the timeline printed, then every fired message inject acknowledged by the team. */
    private void awaitEchoAndAcknowledge() {
        awaitEcho();
        if (drill.isPresent()) {
            acknowledgements.acknowledgePending();
            awaitEcho();
        }
    }

    /**
     * The drill's end, after the incident's: verdicts, hot wash, cleanup and closing, from the terminal, the file or --auto.
     * An inject that fired as the incident ended stays unacknowledged: an incident that is over takes no acknowledgement.
     */
    private void debrief(Drill played) {
        awaitEcho();
        DebriefSource person = options.auto ? new AutoDebrief()
                : new TerminalDebrief(new TerminalPrompt(terminal, out), options.language(handle.plan()));
        DebriefSource source = options.drillAnswers().isEmpty() ? person : new ScriptedDebrief(options.drillAnswers(), person);
        new DrillDebrief(handle, played, source, commander.name(), options.language(handle.plan()), out, err).run();
    }

    /** The report author's entries of the --answers file, journalled once the incident (and its drill) has ended. */
    private void enterReportFields() throws IOException, InterruptedException {
        ReportAnswers report = options.reportAnswers();
        if (report.isEmpty()) {
            return;
        }
        awaitEcho();
        IncidentCommands commands = handle.commands().as(commander.name());
        for (ReportFieldEntry entry : report.entries()) {
            try {
                commands.setReportField(entry.field(), entry.row(), entry.column(), entry.value()).get();
            } catch (ExecutionException e) {
                throw new IOException("the report field '" + entry.field() + "' was not journalled: " + e.getCause().getMessage(), e.getCause());
            }
        }
        out.println("Report: " + report.entries().size() + (report.entries().size() == 1 ? " entry" : " entries")
                + " of the --answers file journalled (" + ReportAnswers.describe(report.entries()) + ")");
        out.flush();
    }

    private Commander commander() {
        Commander base = options.auto ? new Autopilot() : new TerminalCommander(options.actorName(), terminal, out,
                options.language(handle.plan()), handle.plan(), watch(), countdown);
        return options.answersScript().<Commander>map(script -> new ScriptedCommander(script, base)).orElse(base);
    }

    /** The incident's suggestions and clock, for the terminal's countdown while it asks. */
    private SuggestionWatch watch() {
        return new SuggestionWatch() {
            @Override
            public java.util.List<dev.warroom.core.incident.SuggestionProgress> progress() {
                return handle.incident().suggestionProgress();
            }

            @Override
            public Optional<java.time.Instant> seenAt() {
                return handle.incident().signalsSeenAt();
            }

            @Override
            public java.time.Instant now() {
                return handle.clock().now();
            }
        };
    }

    /** With --auto the driver waits for signals to build up (as long as the plan's longest); a person sees the countdown instead. */
    private Duration patience() {
        return options.auto ? IncidentRuntime.signalPatience(handle.plan()) : Duration.ZERO;
    }

    private void summarize(IncidentState end) {
        awaitEcho();
        IncidentReport report = ReportBuilder.build(handle.plan(), handle.incident().events());
        out.println();
        TimelineWords endWords = new TimelineWords(handle.plan(), options.language(handle.plan()));
        out.println("Incident " + report.status() + report.endReason().map(r -> " — " + SafeText.forDisplay(endWords.endTitle(r))).orElse(""));
        String level = end.targets().severity().map(id -> "severity level " + id).orElse("");
        String whose = report.drill().isPresent() ? " (the drill's own target where it names one" + (level.isEmpty() ? "" : ", else the "
                + level + "'s") + ")" : level.isEmpty() ? "" : " (" + level + ")";
        out.println("  " + line(report.rto()) + whose);
        out.println("  " + line(report.rpo()) + whose);
        out.println("  journal: " + journalFile + " (" + handle.journal().events().size() + " events); report: warroom report " + journalFile
                + " --format md --out report.md");
        String head = handle.journal().head();
        out.println("  journal head: " + head + " (keep a copy elsewhere; check it with: warroom verify " + journalFile
                + " --expect-head " + head + ")");
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

    /** Gives queued chat messages a last try and journals what became of them, then closes the incident and its world. */
    @Override
    public void close() throws IOException {
        int pending = handle.undeliveredMessages();
        if (pending > 0) {
            awaitEcho();
            out.println("chat outbox: " + pending + (pending == 1 ? " message is" : " messages are")
                    + " not delivered yet; trying once more before closing");
            out.flush();
        }
        handle.close();
    }
}

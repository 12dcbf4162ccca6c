package dev.warroom.core.incident;

import dev.warroom.core.board.BoardSettings;
import dev.warroom.core.board.StateBoard;
import dev.warroom.core.fence.FencedWorld;
import dev.warroom.core.journal.Journal;
import dev.warroom.core.journal.JournalEvent;
import dev.warroom.core.plan.model.Drill;
import dev.warroom.core.plan.model.Plan;
import dev.warroom.core.plan.model.Scenario;
import dev.warroom.core.plan.model.SeverityTarget;
import dev.warroom.core.plan.model.Signal;
import dev.warroom.core.time.IncidentClock;
import dev.warroom.core.world.World;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Everything one incident runs on — world, state board, journal and the incident itself — built the
 * same way for the command line, the console and the tests. Close it to stop the board and the journal;
 * a world passed in by the caller stays the caller's to close.
 */
public final class IncidentRuntime implements AutoCloseable {

    /** How often a running step re-reads the world while it waits for its outcome. */
    public static final Duration POLL = Duration.ofSeconds(5);

    /**
     * How the board polls real connectors: each probe call gets 10 s of real time (cloud APIs can be
     * slow to answer the first call) and a reading is stale after 30 s.
     */
    public static final BoardSettings REAL_WORLD_BOARD = BoardSettings.defaults().withTimeout(Duration.ofSeconds(10));

    private final Incident incident;
    private final StateBoard board;
    private final Journal journal;
    private final World world;

    private Optional<DrillInjects> injects = Optional.empty();

    private IncidentRuntime(Incident incident, StateBoard board, Journal journal, World world) {
        this.incident = incident;
        this.board = board;
        this.journal = journal;
        this.world = world;
    }

    /**
     * What a new incident on a given world is opened with. {@code worldSettings} are recorded with the
     * opening (e.g. which identity each connector acts as); {@code board} says how the state board polls.
     * {@code severity} is the level the incident is held to (empty: the one its scenario names, if any).
     */
    public record Opening(Mode mode, World world, Map<String, String> worldSettings, BoardSettings board, Plan plan, String planFile,
            String planDigest, Optional<Scenario> scenario, Path journalFile, IncidentClock clock, Duration detectedAfter,
            boolean allowShell, String actor, String title, String planText, Optional<Drill> drill, Optional<SeverityTarget> severity) {

        public Opening {
            worldSettings = Map.copyOf(worldSettings);
            planText = planText == null ? "" : planText;
            drill = drill == null ? Optional.empty() : drill;
            severity = severity == null ? Optional.empty() : severity;
        }

        /** An opening held to the level its scenario names, if any. */
        public Opening(Mode mode, World world, Map<String, String> worldSettings, BoardSettings board, Plan plan, String planFile,
                String planDigest, Optional<Scenario> scenario, Path journalFile, IncidentClock clock, Duration detectedAfter,
                boolean allowShell, String actor, String title, String planText, Optional<Drill> drill) {
            this(mode, world, worldSettings, board, plan, planFile, planDigest, scenario, journalFile, clock, detectedAfter, allowShell,
                    actor, title, planText, drill, Optional.empty());
        }

        /** The same opening, held to the plan's severity {@code level}. */
        public Opening withSeverity(SeverityTarget level) {
            return new Opening(mode, world, worldSettings, board, plan, planFile, planDigest, scenario, journalFile, clock, detectedAfter,
                    allowShell, actor, title, planText, drill, Optional.of(level));
        }

        /** An opening that plays no drill. */
        public Opening(Mode mode, World world, Map<String, String> worldSettings, BoardSettings board, Plan plan, String planFile,
                String planDigest, Optional<Scenario> scenario, Path journalFile, IncidentClock clock, Duration detectedAfter,
                boolean allowShell, String actor, String title, String planText) {
            this(mode, world, worldSettings, board, plan, planFile, planDigest, scenario, journalFile, clock, detectedAfter, allowShell,
                    actor, title, planText, Optional.empty());
        }

        /** The same opening, playing the plan's {@code drill}. */
        public Opening withDrill(Drill played) {
            return new Opening(mode, world, worldSettings, board, plan, planFile, planDigest, scenario, journalFile, clock, detectedAfter,
                    allowShell, actor, title, planText, Optional.of(played), severity);
        }

        /** An opening that keeps no copy of the plan's text in the journal (tests, plans built in memory). */
        public Opening(Mode mode, World world, Map<String, String> worldSettings, BoardSettings board, Plan plan, String planFile,
                String planDigest, Optional<Scenario> scenario, Path journalFile, IncidentClock clock, Duration detectedAfter,
                boolean allowShell, String actor, String title) {
            this(mode, world, worldSettings, board, plan, planFile, planDigest, scenario, journalFile, clock, detectedAfter, allowShell,
                    actor, title, "");
        }
    }

    /**
     * Opens an incident in any mode on the given world: DRILL and LIVE on the real connectors, or a
     * TABLETOP on a world the caller prepared. The dispatcher holds the mode, so a DRILL never reaches a
     * live system whatever the world offers. A DRILL's scenario faults are brought about through the
     * world's fault injector at their times (or left to the facilitator, recorded either way); a LIVE
     * incident's scenario only names the disaster.
     */
    public static IncidentRuntime open(Opening o, Consumer<IncidentEvent> onRecorded) throws IOException {
        return open(o, Journal.FSYNC, onRecorded);
    }

    /** As {@link #open(Opening, Consumer)}, its journal forcing each event to disk through {@code durability} (tests). */
    public static IncidentRuntime open(Opening o, Journal.Durability durability, Consumer<IncidentEvent> onRecorded) throws IOException {
        return open(o, durability, PlanClearance.CLEARED, onRecorded);
    }

    /** As {@link #open(Opening, Journal.Durability, Consumer)}, every action held until {@code clearance} says the plan passed its checks. */
    public static IncidentRuntime open(Opening o, Journal.Durability durability, PlanClearance clearance, Consumer<IncidentEvent> onRecorded)
            throws IOException {
        if (o.mode() == Mode.LIVE && o.drill().isPresent()) {
            throw new IncidentStateException("drill '" + o.drill().get().id() + "' cannot run in LIVE: a drill runs in TABLETOP or DRILL");
        }
        Instant impact = o.clock().now().minus(o.detectedAfter());
        Journal journal = Journal.create(o.journalFile(), o.clock(), durability);
        World fenced = o.mode() == Mode.DRILL ? FencedWorld.forDrill(o.plan(), o.world()) : o.world();
        StateBoard board = new StateBoard(o.plan(), fenced, o.clock(), o.board());
        IncidentSetup setup = new IncidentSetup(o.plan(), o.planFile(), o.planDigest(), o.scenario(), impact,
                new JournalEventSink(journal), new ActionDispatcher(o.mode(), fenced, o.allowShell(), clearance),
                new BoardLiveState(board), o.clock(), o.world().name(), o.worldSettings(), POLL, o.planText(),
                played(o.mode(), o.drill(), o.world()), o.severity());
        IncidentRuntime runtime;
        try {
            runtime = new IncidentRuntime(Incident.open(setup, o.actor(), o.title()), board, journal, o.world());
        } catch (IOException | RuntimeException e) {
            board.close();
            journal.close();
            throw e;
        }
        runtime.follow(onRecorded);
        if (o.mode() == Mode.DRILL && o.scenario().isPresent()) {
            try {
                runtime.injects = Optional.of(DrillInjects.start(runtime.incident, o.plan(), o.scenario().get().faults(),
                        o.world().faultInjector(), impact, o.clock()));
            } catch (IOException | RuntimeException e) {
                runtime.close();
                throw e;
            }
        }
        return runtime;
    }

    /**
     * Rebuilds the world of a TABLETOP from its journal: the seed recorded at the opening, the scenario, the
     * impact time and every event so far (the actions that were started have to happen again).
     */
    @FunctionalInterface
    public interface WorldRebuild {
        World rebuild(long seed, Optional<Scenario> scenario, Instant impact, List<IncidentEvent> history);
    }

    /**
     * Resumes a TABLETOP incident on the world {@code rebuild} makes from the journal, and records the
     * resume. {@code core.tabletop} rebuilds the simulated world this way.
     */
    public static IncidentRuntime resumeTabletop(Plan plan, Path journalFile, IncidentClock clock, boolean allowShell, String actor,
            Consumer<IncidentEvent> onRecorded, WorldRebuild rebuild) throws IOException {
        return resumeTabletop(plan, Journal.openToResume(journalFile, events -> clock, ResumeReads.EVENT_TYPES), clock, allowShell, actor,
                onRecorded, rebuild);
    }

    /** As {@link #resumeTabletop(Plan, Path, IncidentClock, boolean, String, Consumer, WorldRebuild)} on a journal already open (closed if this fails). */
    public static IncidentRuntime resumeTabletop(Plan plan, Journal journal, IncidentClock clock, boolean allowShell, String actor,
            Consumer<IncidentEvent> onRecorded, WorldRebuild rebuild) throws IOException {
        Path journalFile = journal.file();
        if (journal.checkpoint().isPresent()) {
            FoldCheckpoint.fingerprintAhead(plan);
        }
        try {
            List<IncidentEvent> events = journal.decodedEvents().stream().map(JournalEventSink::toIncidentEvent).toList();
            IncidentEvent opened = opening(events, journalFile);
            long seed = Long.parseLong(opened.data().path("worldSettings").path("seed").asText("1"));
            Instant impact = impactOf(opened);
            Optional<Scenario> scenario = scenarioOf(plan, opened);
            World world = rebuild.rebuild(seed, scenario, impact, events);
            StateBoard board = new StateBoard(plan, world, clock);
            IncidentSetup setup = new IncidentSetup(plan, opened.text("planFile"), opened.text("planSha256"), scenario, impact,
                    new JournalEventSink(journal), new ActionDispatcher(Mode.TABLETOP, world, allowShell),
                    new BoardLiveState(board), clock, world.name(), Map.of("seed", Long.toString(seed)), POLL, "",
                    played(Mode.TABLETOP, drillOf(plan, opened), world));
            try {
                IncidentRuntime runtime = new IncidentRuntime(Incident.resume(setup, actor, journal.repairedBytes()), board, journal, world);
                runtime.follow(onRecorded);
                return runtime;
            } catch (IOException | RuntimeException e) {
                board.close();
                throw e;
            }
        } catch (IOException | RuntimeException e) {
            journal.close();
            throw e;
        }
    }

    /**
     * Resumes a DRILL or LIVE incident on the given world, in the mode its journal recorded: the real
     * world needs no replay, it is simply read again. A TABLETOP journal is refused here (its world has
     * to be rebuilt: use {@link #resumeTabletop}).
     */
    public static IncidentRuntime resume(World world, BoardSettings boardSettings, Map<String, String> worldSettings, Plan plan,
            Path journalFile, IncidentClock clock, boolean allowShell, String actor, Consumer<IncidentEvent> onRecorded)
            throws IOException {
        return resume(world, boardSettings, worldSettings, plan, Journal.openToResume(journalFile, events -> clock, ResumeReads.EVENT_TYPES),
                clock, allowShell, actor, onRecorded);
    }

    /** As {@link #resume(World, BoardSettings, Map, Plan, Path, IncidentClock, boolean, String, Consumer)} on a journal already open (closed if this fails). */
    public static IncidentRuntime resume(World world, BoardSettings boardSettings, Map<String, String> worldSettings, Plan plan,
            Journal journal, IncidentClock clock, boolean allowShell, String actor, Consumer<IncidentEvent> onRecorded)
            throws IOException {
        Path journalFile = journal.file();
        if (journal.checkpoint().isPresent()) {
            FoldCheckpoint.fingerprintAhead(plan);
        }
        try {
            List<IncidentEvent> events = journal.decodedEvents().stream().map(JournalEventSink::toIncidentEvent).toList();
            IncidentEvent opened = opening(events, journalFile);
            Mode mode = Mode.parse(opened.text("mode")).orElseThrow(
                    () -> new IncidentStateException(journalFile + " records no mode ('" + opened.text("mode") + "')"));
            if (mode == Mode.TABLETOP) {
                throw new IncidentStateException(journalFile + " holds a TABLETOP incident: it resumes on the simulated world");
            }
            World fenced = mode == Mode.DRILL ? FencedWorld.forDrill(plan, world) : world;
            StateBoard board = new StateBoard(plan, fenced, clock, boardSettings);
            IncidentSetup setup = new IncidentSetup(plan, opened.text("planFile"), opened.text("planSha256"), scenarioOf(plan, opened),
                    impactOf(opened), new JournalEventSink(journal), new ActionDispatcher(mode, fenced, allowShell),
                    new BoardLiveState(board), clock, world.name(), worldSettings, POLL, "", played(mode, drillOf(plan, opened), world));
            IncidentRuntime runtime;
            try {
                runtime = new IncidentRuntime(Incident.resume(setup, actor, journal.repairedBytes()), board, journal, world);
            } catch (IOException | RuntimeException e) {
                board.close();
                throw e;
            }
            if (mode == Mode.DRILL && setup.scenario().isPresent()) {
                try {
                    runtime.injects = Optional.of(DrillInjects.start(runtime.incident, plan,
                            DrillInjects.notYetInjected(setup.scenario().get().faults(), events), world.faultInjector(), setup.impactStartedAt(),
                            clock));
                } catch (IOException | RuntimeException e) {
                    runtime.incident.close();
                    board.close();
                    throw e;
                }
            }
            runtime.follow(onRecorded);
            return runtime;
        } catch (IOException | RuntimeException e) {
            journal.close();
            throw e;
        }
    }

    private static IncidentEvent opening(List<IncidentEvent> events, Path journalFile) throws IOException {
        return events.stream().filter(e -> EventTypes.OPENED.equals(e.type())).findFirst()
                .orElseThrow(() -> new IOException(journalFile + " holds no incident"));
    }

    /**
     * The drill an incident plays, with the world's own injector for its changes to the world: the
     * simulated world's in TABLETOP, the real (unfenced) world's in DRILL as for the scenario's faults; none
     * in LIVE, which never injects.
     */
    private static Optional<PlayedDrill> played(Mode mode, Optional<Drill> drill, World world) {
        return drill.map(d -> new PlayedDrill(d, mode == Mode.LIVE ? Optional.empty() : world.faultInjector()));
    }

    /** The plan's drill the opening names ({@code "drill"}), if the plan has it. */
    private static Optional<Drill> drillOf(Plan plan, IncidentEvent opened) {
        String id = opened.text("drill");
        return id.isEmpty() ? Optional.empty() : plan.drills().stream().filter(d -> id.equals(d.id())).findFirst();
    }

    private static Instant impactOf(IncidentEvent opened) {
        return Instant.parse(opened.data().path("impactStartedAt").asText(opened.time().toString()));
    }

    private static Optional<Scenario> scenarioOf(Plan plan, IncidentEvent opened) {
        return plan.scenarios().stream().filter(s -> s.id().equals(opened.text("scenario"))).findFirst();
    }

    /** The time of the last event in a journal: where a resumed incident's clock starts. */
    public static Instant lastEventTime(List<JournalEvent> events) {
        return events.isEmpty() ? Instant.now() : events.get(events.size() - 1).time();
    }

    /** How long an autopilot should watch for a plan's signals to build up: its longest {@code sustained}. */
    public static Duration signalPatience(Plan plan) {
        return plan.signals().stream().map(Signal::sustained).filter(d -> d != null).max(Duration::compareTo).orElse(Duration.ZERO);
    }

    /** Hands {@code onRecorded} every event of this session (from the opening or the resume on). */
    private void follow(Consumer<IncidentEvent> onRecorded) {
        incident.subscribe(incident.sessionStartSeq(), snapshot -> onRecorded.accept(snapshot.event()));
    }

    public Incident incident() {
        return incident;
    }

    public StateBoard board() {
        return board;
    }

    public Journal journal() {
        return journal;
    }

    public World world() {
        return world;
    }

    @Override
    public void close() throws IOException {
        injects.ifPresent(DrillInjects::close);
        try {
            incident.close();
        } finally {
            try {
                board.close();
            } finally {
                journal.close();
            }
        }
    }
}

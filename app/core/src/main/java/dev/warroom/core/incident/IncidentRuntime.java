package dev.warroom.core.incident;

import dev.warroom.core.board.StateBoard;
import dev.warroom.core.journal.Journal;
import dev.warroom.core.journal.JournalEvent;
import dev.warroom.core.plan.model.Plan;
import dev.warroom.core.plan.model.Scenario;
import dev.warroom.core.plan.model.Signal;
import dev.warroom.core.sim.SimulatedWorld;
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
 * same way for the command line, the console and the tests. Close it to stop the board and the journal.
 */
public final class IncidentRuntime implements AutoCloseable {

    /** How often a running step re-reads the world while it waits for its outcome. */
    public static final Duration POLL = Duration.ofSeconds(5);

    private final Incident incident;
    private final StateBoard board;
    private final Journal journal;
    private final World world;

    private IncidentRuntime(Incident incident, StateBoard board, Journal journal, World world) {
        this.incident = incident;
        this.board = board;
        this.journal = journal;
        this.world = world;
    }

    /** What a new tabletop incident is opened with. */
    public record Tabletop(Plan plan, String planFile, String planDigest, Optional<Scenario> scenario, Path journalFile,
            IncidentClock clock, long seed, Duration detectedAfter, boolean allowShell, String actor, String title) {
    }

    /** Opens a TABLETOP incident on the simulated world; {@code onRecorded} sees each event once it is durable. */
    public static IncidentRuntime openTabletop(Tabletop t, Consumer<IncidentEvent> onRecorded) throws IOException {
        Instant impact = t.clock().now().minus(t.detectedAfter());
        SimulatedWorld world = new SimulatedWorld(t.plan(), t.clock(), t.seed());
        t.scenario().ifPresent(s -> s.faults().forEach(f -> world.inject(f, impact)));
        Journal journal = Journal.create(t.journalFile(), t.clock());
        StateBoard board = new StateBoard(t.plan(), world, t.clock());
        IncidentSetup setup = new IncidentSetup(t.plan(), t.planFile(), t.planDigest(), t.scenario(), impact,
                new JournalEventSink(journal).onRecorded(onRecorded), new ActionDispatcher(Mode.TABLETOP, world, t.allowShell()),
                new BoardLiveState(board), t.clock(), world.name(), Map.of("seed", Long.toString(t.seed())), POLL);
        return new IncidentRuntime(Incident.open(setup, t.actor(), t.title()), board, journal, world);
    }

    /**
     * Resumes a TABLETOP incident: rebuilds the simulated world from the journal (same seed, the
     * scenario's faults, every action that was started) and records the resume.
     */
    public static IncidentRuntime resumeTabletop(Plan plan, Path journalFile, IncidentClock clock, boolean allowShell, String actor,
            Consumer<IncidentEvent> onRecorded) throws IOException {
        Journal journal = Journal.open(journalFile, clock);
        List<IncidentEvent> events = journal.events().stream().map(JournalEventSink::toIncidentEvent).toList();
        IncidentEvent opened = events.stream().filter(e -> EventTypes.OPENED.equals(e.type())).findFirst()
                .orElseThrow(() -> new IOException(journalFile + " holds no incident"));
        long seed = Long.parseLong(opened.data().path("worldSettings").path("seed").asText("1"));
        Instant impact = Instant.parse(opened.data().path("impactStartedAt").asText(opened.time().toString()));
        Optional<Scenario> scenario = plan.scenarios().stream().filter(s -> s.id().equals(opened.text("scenario"))).findFirst();
        SimulatedWorld world = new SimulatedWorld(plan, clock, seed);
        scenario.ifPresent(s -> s.faults().forEach(f -> world.inject(f, impact)));
        WorldReplay.actionsStarted(plan, events, world::replay);
        StateBoard board = new StateBoard(plan, world, clock);
        IncidentSetup setup = new IncidentSetup(plan, opened.text("planFile"), opened.text("planSha256"), scenario, impact,
                new JournalEventSink(journal).onRecorded(onRecorded), new ActionDispatcher(Mode.TABLETOP, world, allowShell),
                new BoardLiveState(board), clock, world.name(), Map.of("seed", Long.toString(seed)), POLL);
        return new IncidentRuntime(Incident.resume(setup, actor, journal.repairedBytes()), board, journal, world);
    }

    /** The time of the last event in a journal: where a resumed incident's clock starts. */
    public static Instant lastEventTime(List<JournalEvent> events) {
        return events.isEmpty() ? Instant.now() : events.get(events.size() - 1).time();
    }

    /** How long an autopilot should watch for a plan's signals to build up: its longest {@code sustained}. */
    public static Duration signalPatience(Plan plan) {
        return plan.signals().stream().map(Signal::sustained).filter(d -> d != null).max(Duration::compareTo).orElse(Duration.ZERO);
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
        board.close();
        journal.close();
    }
}

package dev.warroom.core.incident;

import dev.warroom.core.board.StateBoard;
import dev.warroom.core.journal.Journal;
import dev.warroom.core.journal.JournalReader;
import dev.warroom.core.plan.model.Plan;
import dev.warroom.core.plan.model.Scenario;
import dev.warroom.core.plan.validate.PlanValidation;
import dev.warroom.core.sim.SimulatedWorld;
import dev.warroom.core.time.VirtualClock;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** An incident on the parameters-and-conditions test plan, on the simulated world and a virtual clock, with a journal on disk. */
final class ParamsRig implements AutoCloseable {

    static final Instant START = Instant.parse("2026-11-21T03:00:00Z");

    final SimulatedWorld world;
    final Journal journal;
    final Incident incident;
    private final StateBoard board;

    private ParamsRig(SimulatedWorld world, Journal journal, StateBoard board, Incident incident) {
        this.world = world;
        this.journal = journal;
        this.board = board;
        this.incident = incident;
    }

    static Path planFile() {
        try {
            return Path.of(ParamsRig.class.getResource("/plans/params/params-conditions.yaml").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static PlanValidation.Result validated() {
        return new PlanValidation().validate(planFile());
    }

    static Plan plan() {
        return validated().plan().orElseThrow();
    }

    static Scenario scenario(String id) {
        return plan().scenarios().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }

    static ParamsRig open(Path journalFile, String scenarioId) throws IOException {
        VirtualClock clock = new VirtualClock(START);
        Plan plan = plan();
        SimulatedWorld world = new SimulatedWorld(plan, clock, 7);
        scenario(scenarioId).faults().forEach(f -> world.inject(f, START));
        Journal journal = Journal.create(journalFile, clock);
        StateBoard board = new StateBoard(plan, world, clock);
        return new ParamsRig(world, journal, board, Incident.open(setup(plan, scenarioId, clock, world, journal, board), "alice", "test"));
    }

    static ParamsRig resume(Path journalFile, String scenarioId) throws IOException {
        var before = JournalReader.read(journalFile).events();
        VirtualClock clock = new VirtualClock(before.get(before.size() - 1).time());
        Plan plan = plan();
        SimulatedWorld world = new SimulatedWorld(plan, clock, 7);
        scenario(scenarioId).faults().forEach(f -> world.inject(f, START));
        Journal journal = Journal.open(journalFile, clock);
        JournalEventSink sink = new JournalEventSink(journal);
        WorldReplay.actionsStarted(plan, sink.events(), world::replay);
        StateBoard board = new StateBoard(plan, world, clock);
        return new ParamsRig(world, journal, board,
                Incident.resume(setup(plan, scenarioId, clock, world, journal, board), "bob", journal.repairedBytes()));
    }

    private static IncidentSetup setup(Plan plan, String scenarioId, VirtualClock clock, SimulatedWorld world, Journal journal,
            StateBoard board) {
        return new IncidentSetup(plan, "params-conditions.yaml", "0".repeat(64), Optional.of(scenario(scenarioId)), START,
                new JournalEventSink(journal), new ActionDispatcher(Mode.TABLETOP, world, false), new BoardLiveState(board), clock,
                world.name(), Map.of("seed", "7"), Duration.ofSeconds(5));
    }

    IncidentState drive(Commander commander) throws IOException, InterruptedException {
        return new IncidentDriver(incident, commander, Progress.NONE, Duration.ofMinutes(2)).runToEnd();
    }

    List<IncidentEvent> events(String type) {
        return incident.events().stream().filter(e -> e.type().equals(type)).toList();
    }

    StepRun step(String id) {
        return incident.state().procedures().get(incident.state().procedures().size() - 1).step(id).orElseThrow();
    }

    @Override
    public void close() throws IOException {
        incident.close();
        board.close();
        journal.close();
    }
}

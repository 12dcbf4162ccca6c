package dev.warroom.core.incident;

import com.fasterxml.jackson.databind.JsonNode;
import dev.warroom.core.board.StateBoard;
import dev.warroom.core.journal.Journal;
import dev.warroom.core.journal.JournalEvent;
import dev.warroom.core.journal.JournalReader;
import dev.warroom.core.plan.load.PlanLoader;
import dev.warroom.core.plan.model.Fault;
import dev.warroom.core.plan.model.Plan;
import dev.warroom.core.plan.model.Scenario;
import dev.warroom.core.plan.model.Signal;
import dev.warroom.core.sim.SimulatedWorld;
import dev.warroom.core.time.VirtualClock;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A real incident on plans/ai-workflow.yaml, built the way the command line builds one: the
 * simulated world on a virtual clock, the state board, and the journal on disk. Opening plays the
 * region-failure scenario; resuming rebuilds the world from the journal as after a crash. Public for
 * the report tests.
 */
public final class IncidentRig implements AutoCloseable {

    public static final Instant START = Instant.parse("2026-11-21T03:00:00Z");
    public static final String SCENARIO = "region-failure";
    public static final long SEED = 42;
    public static final String COMMANDER = "alice";

    private static Plan plan;

    public final VirtualClock clock;
    public final SimulatedWorld world;
    public final Journal journal;
    public final Incident incident;
    private final StateBoard board;

    private IncidentRig(VirtualClock clock, SimulatedWorld world, Journal journal, StateBoard board, Incident incident) {
        this.clock = clock;
        this.world = world;
        this.journal = journal;
        this.board = board;
        this.incident = incident;
    }

    public static synchronized Plan plan() {
        if (plan == null) {
            plan = new PlanLoader().load(Path.of(System.getProperty("warroom.root", "../.."), "plans", "ai-workflow.yaml")).plan()
                    .orElseThrow();
        }
        return plan;
    }

    public static Scenario scenario() {
        return plan().scenarios().stream().filter(s -> s.id().equals(SCENARIO)).findFirst().orElseThrow();
    }

    /** Opens a region-failure incident; {@code extraFaults} are injected into the world beside the scenario's. */
    public static IncidentRig open(Path file, Fault... extraFaults) throws IOException {
        VirtualClock clock = new VirtualClock(START);
        SimulatedWorld world = new SimulatedWorld(plan(), clock, SEED);
        scenario().faults().forEach(f -> world.inject(f, START));
        for (Fault fault : extraFaults) {
            world.inject(fault, START);
        }
        Journal journal = Journal.create(file, clock);
        StateBoard board = new StateBoard(plan(), world, clock);
        Incident incident = Incident.open(setup(clock, world, journal, board), COMMANDER, "region failure drill");
        return new IncidentRig(clock, world, journal, board, incident);
    }

    /** Reopens a journal left by a crash: the world is rebuilt from its seed, faults and the actions the journal started. */
    public static IncidentRig resume(Path file, String actor) throws IOException {
        List<JournalEvent> before = JournalReader.read(file).events();
        JsonNode opened = before.get(0).data();
        VirtualClock clock = new VirtualClock(before.get(before.size() - 1).time());
        SimulatedWorld world = new SimulatedWorld(plan(), clock, Long.parseLong(opened.path("worldSettings").path("seed").asText()));
        Instant impact = Instant.parse(opened.path("impactStartedAt").asText());
        scenario().faults().forEach(f -> world.inject(f, impact));
        Journal journal = Journal.open(file, clock);
        JournalEventSink sink = new JournalEventSink(journal);
        WorldReplay.actionsStarted(plan(), sink.events(), world::replay);
        StateBoard board = new StateBoard(plan(), world, clock);
        Incident incident = Incident.resume(setup(clock, world, journal, board), actor, journal.repairedBytes());
        return new IncidentRig(clock, world, journal, board, incident);
    }

    /** The events a journal holds, as the fold sees them, without opening it for writing. */
    public static List<IncidentEvent> eventsIn(Path file) throws IOException {
        return JournalReader.read(file).events().stream().map(JournalEventSink::toIncidentEvent).toList();
    }

    private static IncidentSetup setup(VirtualClock clock, SimulatedWorld world, Journal journal, StateBoard board) {
        return new IncidentSetup(plan(), "plans/ai-workflow.yaml", "0".repeat(64), Optional.of(scenario()), START,
                new JournalEventSink(journal), new ActionDispatcher(Mode.TABLETOP, world, false), new BoardLiveState(board), clock,
                world.name(), Map.of("seed", Long.toString(SEED)), Duration.ofSeconds(5));
    }

    /** How long the CLI's autopilot waits for signals to build up: the plan's longest sustained signal. */
    public static Duration patience() {
        return plan().signals().stream().map(Signal::sustained).filter(d -> d != null).max(Duration::compareTo).orElse(Duration.ZERO);
    }

    public IncidentState driveToEnd(Commander commander) throws IOException, InterruptedException {
        return new IncidentDriver(incident, commander, Progress.NONE, patience()).runToEnd();
    }

    /** Lets the autopilot run the incident until {@code stepId} is proposed, and leaves it there. */
    public StepProposal autopilotUntil(String stepId) throws IOException, InterruptedException {
        try {
            driveToEnd(new StopBefore(stepId));
        } catch (StopBefore.Reached reached) {
            return reached.proposal;
        }
        throw new AssertionError("the incident ended before step '" + stepId + "' was proposed");
    }

    public StepRun step(String stepId) {
        return incident.state().procedures().stream().flatMap(p -> p.step(stepId).stream()).reduce((a, b) -> b).orElseThrow();
    }

    public List<IncidentEvent> events() {
        return incident.events();
    }

    @Override
    public void close() throws IOException {
        incident.close();
        board.close();
        journal.close();
    }

    /** The autopilot, except that it stops the driver when a given step comes up for confirmation. */
    private static final class StopBefore implements Commander {
        private final Autopilot autopilot = new Autopilot();
        private final String stepId;

        StopBefore(String stepId) {
            this.stepId = stepId;
        }

        @Override
        public String name() {
            return COMMANDER;
        }

        @Override
        public String answer(dev.warroom.core.plan.model.DecisionNode node, Optional<SuggestedAnswer> suggestion,
                Optional<Duration> pending) {
            return autopilot.answer(node, suggestion, pending);
        }

        @Override
        public Confirmation confirm(StepProposal proposal) {
            if (proposal.step().id().equals(stepId)) {
                throw new Reached(proposal);
            }
            return autopilot.confirm(proposal);
        }

        @Override
        public Recovery recover(StepProposal proposal) {
            throw new AssertionError("step '" + proposal.step().id() + "' did not succeed on the way: " + proposal.detail());
        }

        static final class Reached extends RuntimeException {
            private static final long serialVersionUID = 1L;
            final transient StepProposal proposal;

            Reached(StepProposal proposal) {
                super(null, null, false, false);
                this.proposal = proposal;
            }
        }
    }
}

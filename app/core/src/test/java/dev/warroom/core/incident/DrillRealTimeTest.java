package dev.warroom.core.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.warroom.core.board.BoardSettings;
import dev.warroom.core.drill.InjectStatus;
import dev.warroom.core.plan.load.PlanLoader;
import dev.warroom.core.plan.model.Plan;
import dev.warroom.core.plan.model.Scenario;
import dev.warroom.core.sim.SimulatedWorld;
import dev.warroom.core.time.VirtualClock;
import dev.warroom.core.world.ActionExecutor;
import dev.warroom.core.world.FaultInjector;
import dev.warroom.core.world.Probe;
import dev.warroom.core.world.World;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A DRILL's time is real: a pause holds the inject schedule only (the incident's clock, and the RTO with
 * it, keeps running), its speed cannot change, and a change to the world is brought about off the writer
 * (a real server may take a while to stop) while commands go through.
 */
class DrillRealTimeTest {

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    private static final String DANA = "dana";
    private static final String LAB_DRILL = """
            {"id": "lab-drill", "type": "partial-failover", "title": "本機演練", "scenario": "primary-site-down",
             "successCriteria": [{"metric": "rto", "title": "RTO within 5 minutes", "max": "5m"}],
             "injects": [
               {"id": "ten-minutes", "at": "10m", "message": "Ten minutes in: the DBA asks for a status"},
               {"id": "replica-down", "at": "1h", "fault": "resource-down", "target": "redis-replica", "message": "The Redis replica goes too"}]}
            """;

    @TempDir
    Path dir;

    private final VirtualClock clock = new VirtualClock(NOW);

    @Test
    void aPauseHoldsTheScheduleOnlyAndTheIncidentClockRunsOn() throws Exception {
        Plan plan = labPlan();
        try (IncidentRuntime runtime = open(plan, new SimulatedWorld(plan, clock, 7))) {
            Incident incident = runtime.incident();
            clock.advance(Duration.ofMinutes(5));
            incident.drillClock().pause(DANA);
            clock.advance(Duration.ofMinutes(10));
            incident.note(NoteKind.NOTE, "fifteen minutes of real time", DANA);

            assertThat(DrillRig.last(runtime, EventTypes.NOTE_ADDED).orElseThrow().time()).as("real time went on")
                    .isEqualTo(NOW.plus(Duration.ofMinutes(15)));
            assertThat(status(incident, "ten-minutes")).as("the schedule is held at 5m").isEqualTo(InjectStatus.PENDING);

            incident.drillClock().resume(DANA);
            assertThat(DrillRig.last(runtime, EventTypes.CLOCK_RESUMED).orElseThrow().text("heldFor")).isEqualTo("10m");
            assertThat(incident.state().drill().orElseThrow().inject("ten-minutes").orElseThrow().dueAt())
                    .as("due later by the time held").contains(NOW.plus(Duration.ofMinutes(20)));
            incident.note(NoteKind.NOTE, "still five minutes on the schedule", DANA);
            assertThat(status(incident, "ten-minutes")).isEqualTo(InjectStatus.PENDING);

            clock.advance(Duration.ofMinutes(5));
            incident.note(NoteKind.NOTE, "ten minutes on the schedule", DANA);
            assertThat(status(incident, "ten-minutes")).isEqualTo(InjectStatus.FIRED);
            assertThat(DrillRig.last(runtime, EventTypes.INJECT_FIRED).orElseThrow().time()).isEqualTo(NOW.plus(Duration.ofMinutes(20)));

            assertThatThrownBy(() -> incident.drillClock().setSpeed(10, DANA)).hasMessageContaining("in DRILL time is real");
        }
    }

    @Test
    void aChangeToTheRealWorldIsMadeOffTheWriterAndJournalledWhenTheWorldAnswers() throws Exception {
        Plan plan = labPlan();
        CountDownLatch serverStopped = new CountDownLatch(1);
        SimulatedWorld simulated = new SimulatedWorld(plan, clock, 7);
        FaultInjector slow = (fault, p) -> {
            if (fault.target().equals("redis-replica")) {
                serverStopped.await(30, TimeUnit.SECONDS);
            }
            return simulated.faultInjector().orElseThrow().inject(fault, p);
        };
        try (IncidentRuntime runtime = open(plan, new SlowWorld(simulated, slow))) {
            Incident incident = runtime.incident();
            incident.drillDesk().fire("replica-down", DANA);

            assertThat(status(incident, "replica-down")).as("not fired until the world answers").isEqualTo(InjectStatus.PENDING);
            incident.note(NoteKind.NOTE, "the room carries on meanwhile", DANA);
            assertThatThrownBy(() -> incident.drillDesk().skip("replica-down", "too late", DANA)).hasMessageContaining("is being fired");

            serverStopped.countDown();
            await().atMost(Duration.ofSeconds(10)).until(() -> status(incident, "replica-down") == InjectStatus.FIRED);
            IncidentEvent fired = DrillRig.last(runtime, EventTypes.INJECT_FIRED).orElseThrow();
            assertThat(fired.actor()).isEqualTo(DANA);
            assertThat(fired.text("by")).isEqualTo("facilitator");
            assertThat(fired.data().path("worldChanged").asBoolean()).isTrue();
            assertThat(fired.text("worldChange")).startsWith("in the simulated world");
            assertThat(incident.state().drill().orElseThrow().inject("replica-down").orElseThrow().firedBy()).isEqualTo(DANA);
        }
    }

    @Test
    void aResumedDrillKeepsItsHeldInjectHeldAndItsScheduleHeldForAsJournalled() throws Exception {
        Plan plan = labPlan();
        SimulatedWorld world = new SimulatedWorld(plan, clock, 7);
        try (IncidentRuntime first = open(plan, world)) {
            first.incident().drillDesk().hold("replica-down", DANA);
            clock.advance(Duration.ofMinutes(2));
            first.incident().drillClock().pause(DANA);
            clock.advance(Duration.ofMinutes(3));
            first.incident().drillClock().resume(DANA);
        }
        clock.advance(Duration.ofMinutes(6));

        try (IncidentRuntime resumed = IncidentRuntime.resume(world, BoardSettings.defaults(), Map.of(), plan, dir.resolve("incident.jsonl"),
                clock, false, DANA, e -> { })) {
            Incident incident = resumed.incident();
            assertThat(status(incident, "replica-down")).isEqualTo(InjectStatus.HELD);
            assertThat(incident.state().drill().orElseThrow().clock().heldFor()).isEqualTo(Duration.ofMinutes(3));
            assertThat(status(incident, "ten-minutes")).as("11 minutes in, 8 on the schedule").isEqualTo(InjectStatus.PENDING);
            clock.advance(Duration.ofMinutes(2));
            incident.note(NoteKind.NOTE, "ten on the schedule", DANA);
            assertThat(status(incident, "ten-minutes")).isEqualTo(InjectStatus.FIRED);
        }
    }

    @Test
    void liveRefusesToPlayADrill() throws Exception {
        Plan plan = labPlan();
        Scenario scenario = plan.scenarios().get(0);
        assertThatThrownBy(() -> IncidentRuntime.open(new IncidentRuntime.Opening(Mode.LIVE, new SimulatedWorld(plan, clock, 7), Map.of(),
                BoardSettings.defaults(), plan, "plans/local-lab.yaml", "test", Optional.of(scenario), dir.resolve("live.jsonl"), clock,
                Duration.ZERO, false, DANA, "no", "").withDrill(plan.drills().get(0)), e -> { }))
                .hasMessageContaining("a drill runs in TABLETOP or DRILL");
    }

    private Plan labPlan() throws Exception {
        Plan lab = new PlanLoader().load(Path.of(System.getProperty("warroom.root", "../.."), "plans", "local-lab.yaml")).plan().orElseThrow();
        return DrillRig.withDrill(lab, LAB_DRILL);
    }

    private IncidentRuntime open(Plan plan, World world) throws Exception {
        Scenario scenario = plan.scenarios().stream().filter(s -> s.id().equals("primary-site-down")).findFirst().orElseThrow();
        return IncidentRuntime.open(new IncidentRuntime.Opening(Mode.DRILL, world, Map.of(), BoardSettings.defaults(), plan,
                "plans/local-lab.yaml", "test", Optional.of(scenario), dir.resolve("incident.jsonl"), clock, Duration.ZERO, false, DANA,
                "lab drill", "").withDrill(plan.drills().get(0)), (channel, written) -> { }, e -> { });
    }

    private static InjectStatus status(Incident incident, String injectId) {
        return incident.state().drill().orElseThrow().inject(injectId).orElseThrow().status();
    }

    /** The simulated world standing in for the lab, with an injector that takes its time. */
    private record SlowWorld(World world, FaultInjector injector) implements World {
        @Override
        public String name() {
            return world.name();
        }

        @Override
        public Optional<Probe> probeFor(String resourceKind) {
            return world.probeFor(resourceKind);
        }

        @Override
        public Optional<ActionExecutor> executorFor(String actionKind) {
            return world.executorFor(actionKind);
        }

        @Override
        public Optional<FaultInjector> faultInjector() {
            return Optional.of(injector);
        }
    }
}

package dev.warroom.core.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.warroom.core.board.BoardSettings;
import dev.warroom.core.plan.load.PlanLoader;
import dev.warroom.core.plan.model.Fault;
import dev.warroom.core.plan.model.FaultKind;
import dev.warroom.core.plan.model.Plan;
import dev.warroom.core.plan.model.Resource;
import dev.warroom.core.plan.model.Scenario;
import dev.warroom.core.report.TimelineWords;
import dev.warroom.core.sim.SimulatedWorld;
import dev.warroom.core.time.VirtualClock;
import dev.warroom.core.world.ActionExecutor;
import dev.warroom.core.world.Health;
import dev.warroom.core.world.Probe;
import dev.warroom.core.world.ProbeException;
import dev.warroom.core.world.World;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A DRILL's scenario: its faults are brought about in the drill environment where the world can, and
 * left to the facilitator in words where it cannot; a LIVE incident never injects anything.
 */
class DrillInjectsTest {

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

    @TempDir
    Path dir;

    private final Plan plan = new PlanLoader().load(Path.of(System.getProperty("warroom.root", "../.."), "plans", "local-lab.yaml"))
            .plan().orElseThrow();
    private final Scenario primaryDown = plan.scenarios().stream().filter(s -> s.id().equals("primary-site-down")).findFirst().orElseThrow();
    private final VirtualClock clock = new VirtualClock(NOW);

    @Test
    void aDrillBringsTheScenarioAboutThroughTheWorldAndRecordsWhatWasDone() throws Exception {
        SimulatedWorld world = new SimulatedWorld(plan, clock, 7);
        assertThat(down(world, "pg-primary")).isFalse();

        try (IncidentRuntime runtime = open(Mode.DRILL, world, primaryDown)) {
            List<IncidentEvent> injects = injects(runtime);

            assertThat(injects).singleElement().satisfies(e -> {
                assertThat(e.actor()).isEqualTo("drill");
                assertThat(e.data().path("injected").asBoolean()).isTrue();
                assertThat(words(e)).isEqualTo("Drill inject: region-down on lab-primary — in the simulated world");
            });
            assertThat(down(world, "pg-primary")).as("the primary site is down once the drill opens").isTrue();
            assertThat(down(world, "pg-standby")).isFalse();
        }
    }

    @Test
    void aDrillOnAWorldThatCannotInjectTellsTheFacilitatorWhatToDoByHand() throws Exception {
        World cannot = new WithoutInjector(new SimulatedWorld(plan, clock, 7));

        try (IncidentRuntime runtime = open(Mode.DRILL, cannot, primaryDown)) {
            assertThat(injects(runtime)).singleElement().satisfies(e -> {
                assertThat(e.data().path("injected").asBoolean()).isFalse();
                assertThat(words(e)).isEqualTo("Drill inject by hand: region-down on lab-primary — "
                        + "no connector here can bring this fault about; inject it by hand");
            });
            assertThat(down(cannot, "pg-primary")).isFalse();
        }
    }

    @Test
    void aLaterFaultComesAtItsTimeAndNotAfterTheIncidentIsClosed() throws Exception {
        SimulatedWorld world = new SimulatedWorld(plan, clock, 7);
        Fault later = new Fault(Duration.ofMillis(300), FaultKind.RESOURCE_DOWN, "redis-master", null, null, null);
        Fault much = new Fault(Duration.ofHours(1), FaultKind.RESOURCE_DOWN, "pg-primary", null, null, null);
        Scenario scheduled = withFaults(primaryDown, List.of(later, much));

        try (IncidentRuntime runtime = open(Mode.DRILL, world, scheduled)) {
            assertThat(injects(runtime)).as("nothing is due when the drill opens").isEmpty();
            await("the fault due after 300 ms to be injected").atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(20))
                    .until(() -> !injects(runtime).isEmpty());
            assertThat(injects(runtime)).extracting(e -> e.data().path("target").asText()).containsExactly("redis-master");
            assertThat(down(world, "redis-master")).isTrue();
        }
        assertThat(down(world, "pg-primary")).as("the hour-later fault died with the incident").isFalse();
    }

    @Test
    void aResumedDrillBringsAboutWhatItStillOwesAndNothingTwice() throws Exception {
        String text = Files.readString(Path.of(System.getProperty("warroom.root", "../.."), "plans", "local-lab.yaml"));
        String owed = "      - fault: region-down\n        target: lab-primary\n";
        assertThat(text).contains(owed);
        Path file = Files.writeString(dir.resolve("later-lab.yaml"), text.replace(owed, owed
                + "      - fault: resource-down\n        target: pg-standby\n        at: 1h\n"));
        Plan later = new PlanLoader().load(file).plan().orElseThrow();
        Scenario scenario = later.scenarios().stream().filter(s -> s.id().equals("primary-site-down")).findFirst().orElseThrow();
        SimulatedWorld world = new SimulatedWorld(later, clock, 7);
        Path journal = dir.resolve("incident.jsonl");
        try (IncidentRuntime first = IncidentRuntime.open(new IncidentRuntime.Opening(Mode.DRILL, world, Map.of(), BoardSettings.defaults(),
                later, file.toString(), "test", Optional.of(scenario), journal, clock, Duration.ZERO, false, "dana", "lab drill"), e -> { })) {
            assertThat(injects(first)).extracting(e -> e.data().path("target").asText()).containsExactly("lab-primary");
        }
        clock.advance(Duration.ofHours(2));

        try (IncidentRuntime resumed = IncidentRuntime.resume(world, BoardSettings.defaults(), Map.of(), later, journal, clock, false, "dana",
                e -> { })) {
            assertThat(injects(resumed)).extracting(e -> e.data().path("target").asText()).containsExactly("lab-primary", "pg-standby");
            assertThat(down(world, "pg-standby")).isTrue();
        }
    }

    @Test
    void liveNeverInjectsTheScenariosFaults() throws Exception {
        SimulatedWorld world = new SimulatedWorld(plan, clock, 7);

        try (IncidentRuntime runtime = open(Mode.LIVE, world, primaryDown)) {
            assertThat(injects(runtime)).isEmpty();
            assertThat(runtime.incident().events().get(0).data().path("scenario").asText()).isEqualTo("primary-site-down");
            assertThat(down(world, "pg-primary")).isFalse();
        }
    }

    private IncidentRuntime open(Mode mode, World world, Scenario scenario) throws Exception {
        return IncidentRuntime.open(new IncidentRuntime.Opening(mode, world, Map.of(), BoardSettings.defaults(), plan, "plans/local-lab.yaml",
                "test", Optional.of(scenario), dir.resolve("incident.jsonl"), clock, Duration.ZERO, false, "dana", "lab drill"), e -> { });
    }

    private static List<IncidentEvent> injects(IncidentRuntime runtime) {
        return runtime.incident().events().stream().filter(e -> e.type().equals(EventTypes.FAULT_INJECTED)).toList();
    }

    private String words(IncidentEvent e) {
        TimelineWords.Words w = new TimelineWords(plan).describe(e).orElseThrow();
        return w.event() + " — " + w.outcome();
    }

    /** Whether the resource is down as its probe reads it: no answer, or an answer that says down. */
    private boolean down(World world, String resourceId) {
        Resource resource = plan.sites().stream().flatMap(s -> s.resources().stream()).filter(r -> r.id().equals(resourceId))
                .findFirst().orElseThrow();
        try {
            return world.probeFor(resource.kind()).orElseThrow().observe(resource).health() == Health.DOWN;
        } catch (ProbeException unreachable) {
            return true;
        }
    }

    private static Scenario withFaults(Scenario s, List<Fault> faults) {
        return new Scenario(s.id(), s.title(), s.titleEn(), s.type(), s.scope(), s.likelihood(), s.impact(), s.impactDescription(),
                s.severity(), s.detection(), s.automaticResponse(), s.manualResponse(), s.recoveryResponse(), s.recoveryTime(), s.dataLoss(),
                s.maxDataLoss(), s.manualIntervention(), s.strategy(), s.entry(), faults);
    }

    /** The simulated world as a drill environment no connector can break on purpose. */
    private record WithoutInjector(World world) implements World {
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
    }
}

package dev.warroom.core.sim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warroom.core.plan.load.LoadedPlan;
import dev.warroom.core.plan.load.PlanLoader;
import dev.warroom.core.plan.model.Plan;
import dev.warroom.core.plan.model.Resource;
import dev.warroom.core.world.Health;
import dev.warroom.core.world.Observation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every plan in plans/ (and the fixture) runs against the simulated world with no credentials. */
class SimulatedWorldPlansTest {

    static Stream<Named<Plan>> plans() throws IOException {
        List<Named<Plan>> plans = new ArrayList<>();
        plans.add(Named.of("fixture two-sites.yaml", Fixture.twoSites()));
        Path dir = Path.of(System.getProperty("warroom.root", "../.."), "plans");
        if (Files.isDirectory(dir)) {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                    LoadedPlan loaded = new PlanLoader().load(file);
                    loaded.plan().ifPresent(plan -> plans.add(Named.of(file.getFileName().toString(), plan)));
                }
            }
        }
        return plans.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("plans")
    void everyResourceStartsUpWithAnObservationTakenNow(Plan plan) throws Exception {
        Fixture f = new Fixture(plan, Fixture.SEED);
        for (Resource resource : plan.sites().stream().flatMap(s -> s.resources().stream()).toList()) {
            assertThat(f.world.probeFor(resource.kind())).as("probe for %s (%s)", resource.id(), resource.kind()).isPresent();
            Observation seen = f.world.probeFor(resource.kind()).orElseThrow().observe(resource);
            assertThat(seen.health()).as("%s (%s): %s", resource.id(), resource.kind(), seen.attributes()).isEqualTo(Health.UP);
            assertThat(seen.resourceId()).isEqualTo(resource.id());
            assertThat(seen.observedAt()).isEqualTo(Fixture.START);
            assertThat(seen.attributes()).containsKey("site");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("plans")
    void everyActionStepOfThePlanHasASimulatedExecutor(Plan plan) {
        Fixture f = new Fixture(plan, Fixture.SEED);
        plan.procedures().stream().flatMap(p -> p.steps().stream()).filter(s -> s.action() != null).forEach(step ->
                assertThat(f.world.executorFor(step.action().kind())).as("executor for step %s (%s)", step.id(), step.action().kind())
                        .isPresent());
    }
}

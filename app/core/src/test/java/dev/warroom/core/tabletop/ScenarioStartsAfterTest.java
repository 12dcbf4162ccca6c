package dev.warroom.core.tabletop;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warroom.core.incident.WorldReplay;
import dev.warroom.core.plan.load.PlanLoader;
import dev.warroom.core.plan.model.Plan;
import dev.warroom.core.plan.model.Scenario;
import dev.warroom.core.sim.SimulatedWorld;
import dev.warroom.core.time.VirtualClock;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * A failback scenario starts where the failover left the world: ChatOps's failback-to-us-east-1 starts after the
 * level-3 procedures, so the simulated world serves from the DR region, where the same plan's world without that
 * scenario serves from us-east-1.
 */
class ScenarioStartsAfterTest {

    private static final Instant START = Instant.parse("2026-11-21T03:00:00Z");

    private static Plan chatops() {
        return new PlanLoader().load(Path.of(System.getProperty("warroom.root", "../.."), "plans", "chatops.yaml")).plan().orElseThrow();
    }

    @Test
    void theFailbackScenarioStartsInTheWorldTheFailoverLeft() {
        Plan plan = chatops();
        Scenario failback = plan.scenarios().stream().filter(s -> s.id().equals("failback-to-us-east-1")).findFirst().orElseThrow();
        assertThat(failback.startsAfter()).contains("cross-region-recovery", "dr-cutover");

        SimulatedWorld designed = new SimulatedWorld(plan, new VirtualClock(START), 7);
        SimulatedWorld failedOver = new SimulatedWorld(plan, new VirtualClock(START), 7);
        WorldReplay.scenarioStartsAfter(plan, failback, START, failedOver::replay);

        assertThat(designed.servingSite()).isEqualTo("aws-us-east-1");
        assertThat(failedOver.servingSite()).as("the site serving traffic once the failover's DNS change has been made")
                .isEqualTo("aws-us-west-2");
    }
}

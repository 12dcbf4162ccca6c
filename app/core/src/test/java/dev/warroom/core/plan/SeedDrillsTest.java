package dev.warroom.core.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warroom.core.plan.load.PlanLoader;
import dev.warroom.core.plan.model.CriterionMetric;
import dev.warroom.core.plan.model.Drill;
import dev.warroom.core.plan.model.DrillInject;
import dev.warroom.core.plan.model.FaultKind;
import dev.warroom.core.plan.model.Plan;
import dev.warroom.core.plan.model.Scenario;
import dev.warroom.core.plan.model.TriggerEvent;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** What the facilitator of each shipped plan's drills gets: the drill's own targets, an events list they can read out, and a real inject in the lab. */
class SeedDrillsTest {

    static Stream<String> plansWithDrills() {
        return Stream.of("ai-workflow.yaml", "chatops.yaml", "gemini-image-toolbox.yaml", "auto-video.yaml", "local-lab.yaml");
    }

    @Test
    void theQ1DatabaseDrillIsJudgedAgainstItsOwnTargetsAndHasScheduledAndTriggeredInjects() {
        Drill q1 = drill("ai-workflow.yaml", "db-primary-drill-q1");

        assertThat(q1.criterion("rto").orElseThrow().max()).isEqualTo(Duration.ofMinutes(5));
        assertThat(q1.criterion("rpo").orElseThrow().max()).isEqualTo(Duration.ofMinutes(1));
        assertThat(q1.injects()).anySatisfy(i -> {
            assertThat(i.at()).isNotNull();
            assertThat(i.fault()).isEqualTo(FaultKind.REPLICA_LAG_SPIKE);
        });
        List<DrillInject> triggered = q1.injects().stream().filter(DrillInject::triggered).toList();
        assertThat(triggered).anySatisfy(i -> assertThat(i.on().event()).isEqualTo(TriggerEvent.ANSWERED));
        assertThat(triggered).anySatisfy(i -> {
            assertThat(i.on().event()).isEqualTo(TriggerEvent.STEP_STARTED);
            assertThat(i.after()).isEqualTo(Duration.ofMinutes(2));
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("plansWithDrills")
    void everyMessageTheFacilitatorReadsOutHasItsEnglishAndEveryDrillSaysWhatItPractises(String file) {
        Plan plan = plan(file);

        assertThat(plan.drills()).isNotEmpty().allSatisfy(drill -> assertThat(drill.objectives()).as(drill.id()).isNotEmpty());
        List<DrillInject> messages = plan.drills().stream().flatMap(d -> d.injects().stream()).filter(i -> i.message() != null).toList();
        assertThat(messages).isNotEmpty().allSatisfy(i -> assertThat(i.messageEn()).as(i.id()).isNotBlank());
    }

    @Test
    void theLocalLabDrillStopsTheLabsPrimaryByItsOwnInjectAndIsScoredOnRtoRpoAndACustomCriterion() {
        Plan lab = plan("local-lab.yaml");
        Drill drill = lab.drills().get(0);
        Scenario scenario = lab.scenarios().stream().filter(s -> s.id().equals(drill.scenario())).findFirst().orElseThrow();

        assertThat(scenario.faults()).as("the inject, not the scenario, stops the primary").isEmpty();
        assertThat(drill.injects()).anySatisfy(i -> {
            assertThat(i.at()).isNotNull();
            assertThat(i.fault()).as("what the lab brings about itself").isIn(FaultKind.REGION_DOWN, FaultKind.RESOURCE_DOWN);
            assertThat(i.target()).isEqualTo("lab-primary");
        });
        assertThat(drill.successCriteria()).extracting(c -> c.metric())
                .contains(CriterionMetric.RTO, CriterionMetric.RPO, CriterionMetric.CUSTOM);
        assertThat(drill.cleanup()).anySatisfy(item -> assertThat(item.title()).contains("warroom lab up"));
    }

    private static Drill drill(String file, String id) {
        return plan(file).drills().stream().filter(d -> d.id().equals(id)).findFirst().orElseThrow();
    }

    private static Plan plan(String file) {
        Path path = Path.of(System.getProperty("warroom.root", "../.."), "plans", file);
        return new PlanLoader().load(path).plan().orElseThrow(() -> new AssertionError(file + " does not load"));
    }
}

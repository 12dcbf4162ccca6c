package dev.warroom.console.soak;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warroom.core.plan.model.Plan;
import dev.warroom.core.plan.validate.PlanValidation;
import dev.warroom.core.plan.validate.Problem;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SoakPlanTest {

    private static final Path AI_WORKFLOW = Path.of(System.getProperty("warroom.root", "../.."), "plans", "ai-workflow.yaml");

    @Test
    void theSoakPlanValidatesAndPutsTwoHundredResourcesOnTheBoard(@TempDir Path dir) throws Exception {
        Path plan = SoakPlan.write(AI_WORKFLOW, dir.resolve("soak-plan.yaml"), 200);

        PlanValidation.Result result = new PlanValidation().validate(plan);

        assertThat(result.problems().stream().filter(Problem::isError)).isEmpty();
        Plan loaded = result.plan().orElseThrow();
        assertThat(loaded.sites().stream().mapToInt(site -> site.resources().size()).sum()).isEqualTo(200);
    }
}

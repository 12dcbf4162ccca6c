package dev.warroom.core.plan.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The plans WarRoom ships validate; the fixture every broken plan starts from is spotless. */
class ValidPlansTest {

    @Test
    void theMinimalFixtureHasNoErrorsAndNoWarnings() {
        PlanValidation.Result result = new PlanValidation().validate(TestPlans.minimal());

        assertThat(result.problems()).isEmpty();
        assertThat(result.plan()).isPresent();
    }

    @Test
    void theRepositoryHasPlans() {
        assertThat(TestPlans.real()).as("YAML plans in %s", Path.of(System.getProperty("warroom.root", "../.."), "plans"))
                .isNotEmpty();
    }

    @TestFactory
    Stream<DynamicTest> everyRealPlanValidatesWithoutErrors() {
        return TestPlans.real().stream().map(plan -> DynamicTest.dynamicTest(plan.getFileName().toString(), () -> {
            PlanValidation.Result result = new PlanValidation().validate(plan);

            List<String> errors = result.problems().stream().filter(Problem::isError).map(Problem::format).toList();
            assertThat(errors).isEmpty();
            assertThat(result.plan()).isPresent();
        }));
    }
}

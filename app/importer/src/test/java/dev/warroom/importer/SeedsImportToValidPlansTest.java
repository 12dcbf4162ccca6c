package dev.warroom.importer;

import dev.warroom.importer.markdown.DocumentImporters;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warroom.core.plan.validate.PlanValidation;
import dev.warroom.core.plan.validate.Problem;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Each seed document gives a draft plan that validates with no errors (warnings allowed). */
class SeedsImportToValidPlansTest {

    @ParameterizedTest
    @EnumSource(Seeds.class)
    void theDraftValidates(Seeds seed) {
        ImportResult result = DocumentImporters.standard().importFile(seed.document());

        assertThat(result.refusal()).isEmpty();
        PlanValidation.Result validation = new PlanValidation().validate(seed.plan + "-draft.yaml",
                result.planYaml().getBytes(StandardCharsets.UTF_8));
        String errors = validation.problems().stream().filter(Problem::isError).map(Problem::format).collect(Collectors.joining("\n"));
        assertThat(errors).as(result.planYaml()).isEmpty();
        assertThat(result.planId()).matches("[a-z0-9][a-z0-9-]*");
    }
}

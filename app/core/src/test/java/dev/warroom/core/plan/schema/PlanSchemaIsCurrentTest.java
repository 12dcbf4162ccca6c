package dev.warroom.core.plan.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * plans/schema/plan.schema.json is what editors and the validator use; it must match the model.
 * Regenerate with: ./mvnw -pl app/core test -Dtest=PlanSchemaIsCurrentTest -Dwarroom.writeSchema=true
 */
class PlanSchemaIsCurrentTest {

    @Test
    void committedSchemaMatchesTheModel() throws Exception {
        Path file = Path.of(System.getProperty("warroom.root", "../.."), "plans", "schema", "plan.schema.json");
        String generated = PlanSchemaGenerator.generate();
        if (Boolean.getBoolean("warroom.writeSchema")) {
            Files.writeString(file, generated, StandardCharsets.UTF_8);
        }
        assertThat(file).exists();
        assertThat(Files.readString(file, StandardCharsets.UTF_8))
                .as("plans/schema/plan.schema.json is out of date with the model; regenerate it (see this test's Javadoc)")
                .isEqualTo(generated);
    }
}

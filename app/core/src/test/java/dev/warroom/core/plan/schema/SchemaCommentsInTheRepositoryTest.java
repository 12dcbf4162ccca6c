package dev.warroom.core.plan.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warroom.core.plan.validate.Problem;
import dev.warroom.core.plan.validate.SchemaComment;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every plan in the repository that names its schema in a {@code $schema} comment names the schema this
 * version validates against, by a path that resolves from the plan's own folder (as an editor resolves it).
 * A plan three folders deep needs three more {@code ../} than one in plans/.
 */
class SchemaCommentsInTheRepositoryTest {

    private static final Path ROOT = Path.of(System.getProperty("warroom.root", "../.."));

    @Test
    void everyPlansSchemaCommentResolvesToThisVersionsSchema() throws IOException {
        List<Path> plans = plansWithAComment();
        List<String> wrong = plans.stream().map(SchemaComment::check).flatMap(Optional::stream).map(Problem::format).toList();

        assertThat(plans).as("plans with a $schema comment").hasSizeGreaterThan(100);
        assertThat(wrong).as("a plan N folders below the repository root names its schema as '../' N times, then"
                + " plans/schema/plan.schema.json (a broken/ corpus plan: seven '../')").isEmpty();
    }

    private static List<Path> plansWithAComment() throws IOException {
        try (Stream<Path> files = Stream.concat(Files.walk(ROOT.resolve("plans")), Files.walk(ROOT.resolve("app")))) {
            return files.filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".yml"))
                    .filter(f -> !f.toString().contains("/target/"))
                    .filter(SchemaCommentsInTheRepositoryTest::hasComment)
                    .toList();
        }
    }

    private static boolean hasComment(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8).contains("yaml-language-server: $schema=");
        } catch (IOException e) {
            return false;
        }
    }
}

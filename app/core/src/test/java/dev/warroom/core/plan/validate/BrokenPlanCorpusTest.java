package dev.warroom.core.plan.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each file in plans/broken/ breaks one rule of a valid plan and declares, in leading
 * {@code # expect: LINE:COLUMN SEVERITY: MESSAGE} comments, exactly the problems validation must report.
 */
class BrokenPlanCorpusTest {

    private static final String EXPECT = "# expect: ";

    static Stream<Path> brokenPlans() {
        return TestPlans.broken().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenPlans")
    void reportsExactlyTheDeclaredProblems(Path file) throws IOException {
        List<String> expected = expectations(file);
        assertThat(expected).as("%s declares its expected problems in leading '# expect:' comments", file.getFileName())
                .isNotEmpty();

        PlanValidation.Result result = new PlanValidation().validate(file);

        assertThat(result.problems()).extracting(p -> p.line() + ":" + p.column() + " " + p.severity().label() + ": " + p.message())
                .containsExactlyElementsOf(expected);
        assertThat(result.problems()).allSatisfy(p -> assertThat(p.file()).isEqualTo(file.toString()));
        boolean errorExpected = expected.stream().anyMatch(line -> line.matches("\\d+:\\d+ error: .*"));
        assertThat(result.passed()).as("passes when only warnings are expected").isEqualTo(!errorExpected);
    }

    private static List<String> expectations(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                .takeWhile(line -> line.startsWith(EXPECT))
                .map(line -> line.substring(EXPECT.length()))
                .toList();
    }
}

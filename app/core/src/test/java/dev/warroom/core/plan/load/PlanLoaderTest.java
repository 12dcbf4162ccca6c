package dev.warroom.core.plan.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warroom.core.plan.model.Step;
import dev.warroom.core.plan.validate.TestPlans;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

class PlanLoaderTest {

    private final PlanLoader loader = new PlanLoader();

    private String minimal() throws IOException {
        return Files.readString(TestPlans.minimal(), StandardCharsets.UTF_8);
    }

    @Test
    void aStepThatDoesNotSayDestructiveIsNotDestructive() throws IOException {
        LoadedPlan loaded = loader.load("minimal.yaml", minimal().getBytes(StandardCharsets.UTF_8));

        assertThat(loaded.problems()).isEmpty();
        assertThat(loaded.plan().orElseThrow().procedures().get(0).steps())
                .extracting(Step::id, Step::destructive)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("go", false), org.assertj.core.groups.Tuple.tuple("promote", true),
                        org.assertj.core.groups.Tuple.tuple("announce", false));
    }

    @Test
    void anEmojiAtAnyOffsetIsReadIntact() {
        for (int padding = 990; padding < 1060; padding++) {
            String yaml = "formatVersion: 1\nsummary: \"" + "x".repeat(padding) + "\uD83D\uDE80\"\n";
            LoadedPlan loaded = loader.load("emoji.yaml", yaml.getBytes(StandardCharsets.UTF_8));

            assertThat(loaded.problems()).extracting(LoadProblem::message).as("padding %d", padding)
                    .allMatch(message -> message.startsWith("missing required property"));
        }
    }

    @Test
    void anUnknownPropertyIsReportedAtItsKeyWithASuggestion() throws IOException {
        String yaml = minimal().replace("  rpo: 15m\n", "  rpo: 15m\n  rtoo: 2h\n");

        LoadedPlan loaded = loader.load("typo.yaml", yaml.getBytes(StandardCharsets.UTF_8));

        assertThat(loaded.problems()).extracting(LoadProblem::format)
                .containsExactly("typo.yaml:10:3: error: unknown property 'rtoo' (did you mean 'rto'?)");
    }
}

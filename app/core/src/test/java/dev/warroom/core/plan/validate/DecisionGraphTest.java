package dev.warroom.core.plan.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

class DecisionGraphTest {

    /** The fixture with the wait node 'watch' leading into a chain of {@code length} wait nodes. */
    private static String withChain(int length, String last) throws IOException {
        StringBuilder chain = new StringBuilder();
        for (int i = 1; i <= length; i++) {
            chain.append("    - {id: n-").append(i).append(", type: wait, title: 等待, duration: 1m, next: ")
                    .append(i == length ? last : "n-" + (i + 1)).append("}\n");
        }
        String minimal = Files.readString(TestPlans.minimal(), StandardCharsets.UTF_8);
        return minimal
                .replace("      duration: 10m\n      next: done\n", "      duration: 10m\n      next: n-1\n")
                .replace("procedures:\n", chain + "procedures:\n");
    }

    private static PlanValidation.Result validate(String yaml) {
        return new PlanValidation().validate("chain.yaml", yaml.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aLongChainThatEndsWellIsFine() throws IOException {
        assertThat(validate(withChain(20_000, "done")).problems()).isEmpty();
    }

    @Test
    void aLongCycleIsReportedOnceWithItsPathShortened() throws IOException {
        PlanValidation.Result result = validate(withChain(5_000, "watch"));

        assertThat(result.problems()).extracting(Problem::message).containsExactly(
                "cycle in the decision tree: watch → n-1 → n-2 → n-3 → n-4 → n-5 → n-6 → n-7 → n-8 → … 4990 more → n-4999 → n-5000 → watch");
    }
}

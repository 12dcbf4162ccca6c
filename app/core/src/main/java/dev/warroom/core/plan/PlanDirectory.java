package dev.warroom.core.plan;

import dev.warroom.core.plan.model.Plan;
import dev.warroom.core.plan.validate.PlanValidation;
import dev.warroom.core.plan.validate.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/** The plans in a folder (e.g. plans/), each validated, for a start screen or a listing. */
public final class PlanDirectory {

    /** One plan file: the plan if it validated, and its problems otherwise. */
    public record Entry(Path file, Optional<Plan> plan, List<Problem> problems) {
        public boolean usable() {
            return plan.isPresent() && problems.stream().noneMatch(Problem::isError);
        }
    }

    private PlanDirectory() {
    }

    /** Validates every {@code *.yaml} directly in {@code dir}, sorted by file name. Blocking: call off the UI thread. */
    public static List<Entry> scan(Path dir) throws IOException {
        return scan(dir, new PlanValidation()::validate);
    }

    /** As {@link #scan(Path)}, each file checked by {@code validation} (a caller that remembers what it checked). */
    public static List<Entry> scan(Path dir, Function<Path, PlanValidation.Result> validation) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".yaml") && Files.isRegularFile(f))
                    .sorted()
                    .map(f -> {
                        PlanValidation.Result result = validation.apply(f);
                        return new Entry(f, result.plan(), result.problems());
                    })
                    .toList();
        }
    }
}

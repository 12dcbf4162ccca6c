package dev.warroom.core.plan.validate;

import dev.warroom.core.plan.load.LoadedPlan;
import dev.warroom.core.plan.load.PlanLoader;
import dev.warroom.core.plan.model.Plan;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** Syntax, schema and meaning checks for plan files, as {@code warroom validate} runs them. Thread-safe. */
public final class PlanValidation {

    private final PlanLoader loader;

    public PlanValidation() {
        this(new PlanLoader());
    }

    public PlanValidation(PlanLoader loader) {
        this.loader = loader;
    }

    /** The outcome for one file: the plan (if it loaded) and every problem, sorted by position. */
    public record Result(String file, Optional<Plan> plan, List<Problem> problems) {
        public boolean passed() {
            return problems.stream().noneMatch(Problem::isError);
        }

        /** The warnings about what cannot work on the real connectors: while any stands, DRILL and LIVE do not open. */
        public List<Problem> liveBlockers() {
            return problems.stream().filter(Problem::blocksLive).toList();
        }
    }

    public Result validate(Path file) {
        return guarded(file.toString(), () -> complete(loader.load(file)));
    }

    public Result validate(String name, byte[] content) {
        return guarded(name, () -> complete(loader.load(name, content)));
    }

    private static Result complete(LoadedPlan loaded) {
        List<Problem> problems = new ArrayList<>();
        loaded.problems().forEach(p -> problems.add(new Problem(p.file(), p.line(), p.column(), Severity.ERROR, p.message())));
        loaded.plan().ifPresent(plan -> PlanRules.check(plan)
                .forEach(f -> problems.add(f.locate(loaded.file(), loaded.positions()))));
        problems.sort(Problem.BY_POSITION);
        return new Result(loaded.file(), loaded.plan(), List.copyOf(problems));
    }

    /** A defect in the validator fails this file with a one-line message, and the other files are still checked. */
    private static Result guarded(String file, Supplier<Result> validation) {
        try {
            return validation.get();
        } catch (RuntimeException e) {
            Problem problem = new Problem(file, 1, 1, Severity.ERROR,
                    "internal error in the validator (" + e.getClass().getSimpleName() + "); please report it with this file");
            return new Result(file, Optional.empty(), List.of(problem));
        }
    }
}

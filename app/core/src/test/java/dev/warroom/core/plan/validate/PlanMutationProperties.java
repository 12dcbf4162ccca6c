package dev.warroom.core.plan.validate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warroom.core.plan.load.LoadedPlan;
import dev.warroom.core.plan.load.PlanLoader;
import dev.warroom.core.plan.load.Position;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.constraints.IntRange;

/** Random damage to real plans: validation reports it, located and named, and never throws. */
class PlanMutationProperties {

    private static final String PROBLEM_LINE = "^.+:\\d+:\\d+: (error|warning): .+$";
    private static final List<String> BROKEN = TestPlans.broken().stream().map(p -> p.getFileName().toString()).toList();
    private static final Map<String, byte[]> PLANS = readPlans();

    private static Map<String, byte[]> readPlans() {
        List<Path> files = new ArrayList<>(TestPlans.real());
        files.add(TestPlans.minimal());
        files.addAll(TestPlans.broken());
        Map<String, byte[]> plans = new LinkedHashMap<>();
        try {
            for (Path file : files) {
                plans.put(file.getFileName().toString(), Files.readAllBytes(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return plans;
    }

    /** Every plan, valid or from the broken corpus: damage starts from many shapes. */
    @Provide
    Arbitrary<String> plans() {
        return Arbitraries.of(PLANS.keySet());
    }

    /** The real plans and the fixture, whose references are all intact. */
    @Provide
    Arbitrary<String> validPlans() {
        return Arbitraries.of(PLANS.keySet().stream().filter(name -> !BROKEN.contains(name)).toList());
    }

    @Provide
    Arbitrary<List<PlanMutation>> mutations() {
        Arbitrary<PlanMutation> one = Combinators.combine(
                Arbitraries.of(PlanMutation.Kind.class),
                Arbitraries.integers().between(0, Integer.MAX_VALUE),
                Arbitraries.integers().between(0, 10_000)).as(PlanMutation::new);
        return one.list().ofMinSize(1).ofMaxSize(3);
    }

    @Property(tries = 400)
    void validatingADamagedPlanNeverThrowsAndLocatesEveryProblem(@ForAll("plans") String plan,
            @ForAll("mutations") List<PlanMutation> mutations) {
        byte[] damaged = PLANS.get(plan);
        for (PlanMutation mutation : mutations) {
            damaged = mutation.apply(damaged);
        }
        String name = "damaged-" + plan;

        PlanValidation.Result result = new PlanValidation().validate(name, damaged);

        assertThat(result.file()).isEqualTo(name);
        assertThat(result.problems()).allSatisfy(problem -> {
            assertThat(problem.file()).isEqualTo(name);
            assertThat(problem.line()).isPositive();
            assertThat(problem.column()).isPositive();
            assertThat(problem.format()).matches(PROBLEM_LINE).doesNotContain("\n").doesNotContain("internal error");
        });
        assertThat(result.passed()).isEqualTo(result.problems().stream().noneMatch(Problem::isError));
        Statistics.label("reached the meaning rules").collect(result.plan().isPresent());
        Statistics.label("reached the meaning rules").coverage(coverage -> coverage.check(true).percentage(p -> p >= 10));
    }

    @Property(tries = 200)
    void renamingAReferencedIdIsAnErrorThatNamesIt(@ForAll("validPlans") String plan, @ForAll @IntRange(min = 0, max = 100_000) int pick) {
        byte[] original = PLANS.get(plan);
        LoadedPlan loaded = new PlanLoader().load(plan, original);
        assertThat(loaded.plan()).as("%s loads", plan).isPresent();
        List<ReferencedIds.Definition> referenced = ReferencedIds.of(loaded.plan().get());
        assertThat(referenced).as("%s has referenced ids", plan).isNotEmpty();
        ReferencedIds.Definition definition = referenced.get(pick % referenced.size());

        byte[] renamed = renameAt(original, loaded.positions().valueAt(definition.pointer()), definition.id() + "-renamed");
        PlanValidation.Result result = new PlanValidation().validate(plan, renamed);

        assertThat(result.passed()).as("renaming %s '%s'", definition.namespace(), definition.id()).isFalse();
        assertThat(result.problems()).filteredOn(Problem::isError)
                .anySatisfy(p -> assertThat(p.message()).contains("'" + definition.id() + "'"));
    }

    /** Replaces the scalar (plain or quoted) that starts at {@code at} with {@code replacement}. */
    private static byte[] renameAt(byte[] plan, Position at, String replacement) {
        List<String> lines = new ArrayList<>(List.of(new String(plan, StandardCharsets.UTF_8).split("\n", -1)));
        String line = lines.get(at.line() - 1);
        int start = line.offsetByCodePoints(0, at.column() - 1);
        var scalar = java.util.regex.Pattern.compile("\"[^\"]*\"|'[^']*'|[^\\s,}\\]#]+").matcher(line);
        assertThat(scalar.find(start) && scalar.start() == start).as("a scalar at %s in '%s'", at, line).isTrue();
        lines.set(at.line() - 1, line.substring(0, start) + replacement + line.substring(scalar.end()));
        return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
    }
}

package dev.warroom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warroom.core.drill.DrillState;
import dev.warroom.core.incident.IncidentFold;
import dev.warroom.core.incident.IncidentState;
import dev.warroom.core.incident.IncidentStatus;
import dev.warroom.core.journal.JournalEvent;
import dev.warroom.core.plan.model.Drill;
import dev.warroom.core.plan.model.Plan;
import dev.warroom.core.plan.model.Scenario;
import dev.warroom.core.plan.validate.PlanValidation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every path of every plan in plans/, followed to the end: {@code warroom run PLAN --mode tabletop --auto} (the
 * virtual clock) for each scenario, each drill, and a covering set of routes through the decision tree that takes
 * each answer of each question at least once, and each reassess node's recovered exit (see {@link CoveringPaths}; the
 * route's answers go in an --answers file, the rest is the autopilot's).
 *
 * <p>A run passes when its incident ends <em>resolved</em> (its path reached an end node, or a procedure node with no
 * next), and, for a drill, when the drill is then <em>deliberately closed</em>: closed by --auto, every criterion with
 * a verdict. An incident aborted — by the autopilot after a step failed twice, or for any other reason — fails, and so
 * does a run stopped before its end; the failure says how it ended and the journal's last events in words.
 *
 * <p>One plan only, while you fix it (the plan's file name without .yaml; a comma-separated list for several):
 * <pre>
 * ./mvnw -B -ntp -o -pl app/cli -am verify -Dtest=EveryPathTest -Dsurefire.failIfNoSpecifiedTests=false -Dwarroom.plans=ai-workflow
 * </pre>
 * Without the property (as in CI), or with {@code -Dwarroom.plans=all}, every plan in plans/ is followed: a plan added
 * to the folder is followed too, so it must end on every path before it lands.
 */
class EveryPathTest {

    private static final int LAST_EVENTS = 12;
    private static final int LAST_LINES = 25;

    @TempDir
    static Path journals;

    @TestFactory
    Stream<DynamicNode> everyScenarioDrillAndAnswerOfEveryPlanEndsResolvedOrDeliberatelyClosed() throws IOException {
        return plans().map(file -> DynamicContainer.dynamicContainer(name(file), runsOf(file)));
    }

    private static Stream<Path> plans() throws IOException {
        Path folder = Incidents.plan().getParent();
        String asked = System.getProperty("warroom.plans", "");
        Set<String> chosen = asked.isBlank() || "all".equals(asked.strip()) ? Set.of()
                : Arrays.stream(asked.split(",")).map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> plans = files.filter(f -> f.getFileName().toString().endsWith(".yaml"))
                    .filter(f -> chosen.isEmpty() || chosen.contains(name(f))).sorted().toList();
            assertThat(plans).as("plans in " + folder + " named by -Dwarroom.plans=" + chosen).isNotEmpty();
            return plans.stream();
        }
    }

    private static String name(Path plan) {
        return plan.getFileName().toString().replaceFirst("\\.yaml$", "");
    }

    private static Stream<DynamicTest> runsOf(Path file) {
        Plan plan = new PlanValidation().validate(file).plan()
                .orElseThrow(() -> new AssertionError(file + " does not validate: run warroom validate " + file));
        List<DynamicTest> runs = new ArrayList<>();
        for (Scenario s : plan.scenarios()) {
            String title = name(file) + ": scenario " + s.id() + " (the autopilot's answers)";
            runs.add(DynamicTest.dynamicTest(title, () -> endsResolved(title, file, plan, Optional.empty(), "--scenario", s.id())));
        }
        for (Drill d : plan.drills()) {
            String title = name(file) + ": drill " + d.id() + " (the autopilot's answers)";
            runs.add(DynamicTest.dynamicTest(title, () -> endsResolved(title, file, plan, Optional.of(d.id()), "--drill", d.id())));
        }
        for (CoveringPaths.Route route : CoveringPaths.of(plan)) {
            String title = name(file) + ": path " + route.words();
            runs.add(DynamicTest.dynamicTest(title, () -> {
                List<String> args = new ArrayList<>(List.of("--answers", answersFile(route).toString()));
                route.scenario().ifPresent(s -> args.addAll(List.of("--scenario", s)));
                endsResolved(title, file, plan, Optional.empty(), args.toArray(String[]::new));
            }));
        }
        return runs.stream();
    }

    private static Path answersFile(CoveringPaths.Route route) throws IOException {
        List<String> lines = new ArrayList<>(List.of("actor: every-path"));
        if (!route.answers().isEmpty()) {
            lines.add("answers:");
        }
        route.answers().forEach((question, answer) -> lines.add("  " + question + ": \"" + answer + "\""));
        route.recovered().ifPresent(node -> lines.addAll(List.of("recovered:",
                "  " + node + ": {round: 1, said: \"recovered, as the every-path test says at the first round\"}")));
        return Files.write(Files.createTempFile(journals, "answers-", ".yaml"), lines, StandardCharsets.UTF_8);
    }

    private static void endsResolved(String title, Path file, Plan plan, Optional<String> drill, String... how) throws Exception {
        Path journal = Files.createTempFile(journals, name(file) + "-", ".jsonl");
        Files.delete(journal);
        List<String> args = new ArrayList<>(List.of("run", file.toString(), "--mode", "tabletop", "--auto",
                "--journal", journal.toString(), "--seed", Incidents.SEED, "--lang", "en"));
        args.addAll(List.of(how));
        CliRun run = CliRun.of(args.toArray(String[]::new));

        String story = story(run, journal);
        assertThat(Files.exists(journal)).as(title + ": the run wrote no journal; exit %d%n%s", run.exitCode(), story).isTrue();
        IncidentState state = IncidentFold.fold(plan, Incidents.incidentEvents(journal));
        assertThat(state.status()).as(title + ": the incident ended %s%s, not resolved (exit %d)%n%s", state.status().name().toLowerCase(Locale.ROOT),
                state.endReason().map(r -> ": " + r).orElse(""), run.exitCode(), story).isEqualTo(IncidentStatus.RESOLVED);
        if (drill.isPresent()) {
            DrillState played = state.drill().orElseThrow(() -> new AssertionError(title + ": drill " + drill.get() + " was not played\n" + story));
            assertThat(played.closed()).as(title + ": the drill was not closed%n%s", story).isTrue();
        }
        assertThat(run.exitCode()).as(title + ": exit code of a resolved run%n%s", story).isZero();
    }

    /** The end of what the terminal said and the journal's last events, for a plan author reading a failure. */
    private static String story(CliRun run, Path journal) {
        List<String> out = run.out().lines().toList();
        StringBuilder words = new StringBuilder("--- the terminal's last lines:\n");
        out.subList(Math.max(0, out.size() - LAST_LINES), out.size()).forEach(l -> words.append("  ").append(l).append('\n'));
        if (!run.err().isBlank()) {
            words.append("--- errors:\n").append(run.err().strip()).append('\n');
        }
        try {
            List<JournalEvent> events = Incidents.events(journal);
            words.append("--- the journal's last events:\n");
            events.subList(Math.max(0, events.size() - LAST_EVENTS), events.size())
                    .forEach(e -> words.append("  ").append(e.type()).append(" by ").append(e.actor()).append(": ").append(e.data()).append('\n'));
        } catch (IOException | RuntimeException unreadable) {
            words.append("--- no journal to read: ").append(unreadable.getMessage()).append('\n');
        }
        return words.toString();
    }
}

package dev.warroom.core.incident;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warroom.core.journal.JournalVerifier;
import dev.warroom.core.journal.Verdict;
import dev.warroom.core.plan.load.LoadedPlan;
import dev.warroom.core.plan.load.PlanLoader;
import dev.warroom.core.plan.model.Plan;
import dev.warroom.core.plan.model.Procedure;
import dev.warroom.core.plan.model.Scenario;
import dev.warroom.core.plan.model.Step;
import dev.warroom.core.report.IncidentReport;
import dev.warroom.core.report.ReportBuilder;
import dev.warroom.core.tabletop.TabletopRuntime;
import dev.warroom.core.time.VirtualClock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every plan in plans/, every scenario of it that injects faults, run by the autopilot on the simulated
 * world exactly as {@code warroom run PLAN --mode tabletop --auto --scenario ID} does: the incident
 * must resolve with an intact journal, and the plan's failover scenario must run every step of every
 * procedure it enters to success, with the RTO (and the RPO where a database was promoted) measured.
 */
class EveryPlanRunsEndToEndTest {

    private static final Instant OPENED = Instant.parse("2025-01-15T10:00:00Z");
    private static final List<Long> SEEDS = List.of(3L, 20_250_115L);

    static Stream<Arguments> faultedScenarios() throws IOException {
        List<Arguments> cases = new ArrayList<>();
        for (Path file : planFiles()) {
            LoadedPlan loaded = new PlanLoader().load(file);
            Plan plan = loaded.plan().orElseThrow(() -> new AssertionError(file + " does not load: " + loaded.problems()));
            for (Scenario scenario : plan.scenarios().stream().filter(s -> !s.faults().isEmpty()).toList()) {
                for (long seed : SEEDS) {
                    cases.add(Arguments.of(file.getFileName().toString(), scenario.id(), seed, plan));
                }
            }
        }
        return cases.stream();
    }

    private static List<Path> planFiles() throws IOException {
        Path plans = Path.of(System.getProperty("warroom.root", "../.."), "plans");
        try (Stream<Path> files = Files.list(plans)) {
            List<Path> found = files.filter(f -> f.getFileName().toString().endsWith(".yaml")).sorted().toList();
            assertThat(found).as("plans in %s", plans.toAbsolutePath()).isNotEmpty();
            return found;
        }
    }

    @ParameterizedTest(name = "{0} / {1} (seed {2})")
    @MethodSource("faultedScenarios")
    void theAutopilotTakesTheIncidentToItsResolution(String file, String scenarioId, long seed, Plan plan, @TempDir Path dir)
            throws Exception {
        Scenario scenario = plan.scenarios().stream().filter(s -> s.id().equals(scenarioId)).findFirst().orElseThrow();
        String run = plan.id() + " / " + scenarioId + " (seed " + seed + ")";
        Path journalFile = dir.resolve("incident.jsonl");

        List<IncidentEvent> events = runWithAutopilot(plan, scenario, seed, journalFile);
        IncidentState end = IncidentFold.fold(plan, events);

        assertThat(end.status()).as("%s ended %s: %s; steps: %s", run, end.status(), end.endReason().orElse(""), stepsOf(end))
                .isEqualTo(IncidentStatus.RESOLVED);
        Verdict journal = JournalVerifier.verify(journalFile);
        assertThat(journal.ok()).as("%s: journal %s", run, journal.message()).isTrue();
        assertThat(journal.eventCount()).as("%s: events in the journal", run).isEqualTo(events.size());

        IncidentReport report = ReportBuilder.build(plan, events);
        assertThat(report.rto().actual()).as("%s: RTO measured", run).isPresent();
        if (promotedADatabase(plan, end)) {
            assertThat(report.rpo().actual()).as("%s: a database was promoted, so the RPO is measured", run).isPresent();
        }
        if (DefaultScenario.of(plan).map(Scenario::id).filter(scenarioId::equals).isPresent()) {
            assertThat(end.procedures()).as("%s: procedures run by the plan's failover scenario", run).isNotEmpty();
            for (ProcedureRun procedure : end.procedures()) {
                for (StepRun step : procedure.steps()) {
                    assertThat(step.status()).as("%s: step '%s' of procedure '%s': %s", run, step.stepId(), procedure.procedureId(),
                            step.detail()).isEqualTo(StepStatus.SUCCEEDED);
                }
            }
            assertThat(report.steps()).as("%s: every step in the report has its start and duration", run)
                    .allSatisfy(row -> assertThat(row.startedAt().isPresent() && row.took().isPresent())
                            .as("%s: step '%s' of '%s' has times", run, row.step(), row.procedure()).isTrue());
        }
    }

    /** Opens the incident through IncidentRuntime, as the CLI and the console do, and drives it with the autopilot. */
    private static List<IncidentEvent> runWithAutopilot(Plan plan, Scenario scenario, long seed, Path journalFile) throws Exception {
        TabletopRuntime.Tabletop tabletop = new TabletopRuntime.Tabletop(plan, "plans/" + plan.id() + ".yaml", "test",
                Optional.of(scenario), journalFile, new VirtualClock(OPENED), seed, Duration.ZERO, false, "autopilot",
                plan.system() + " — " + scenario.id());
        try (IncidentRuntime runtime = TabletopRuntime.open(tabletop, event -> { })) {
            new IncidentDriver(runtime.incident(), new Autopilot(), Progress.NONE, IncidentRuntime.signalPatience(plan)).runToEnd();
            return runtime.incident().events();
        }
    }

    private static boolean promotedADatabase(Plan plan, IncidentState end) {
        return end.procedures().stream().anyMatch(run -> run.steps().stream()
                .filter(s -> s.status() == StepStatus.SUCCEEDED)
                .map(s -> step(plan, run.procedureId(), s.stepId()))
                .anyMatch(step -> step.action() != null && "database.promote".equals(step.action().kind())));
    }

    private static Step step(Plan plan, String procedureId, String stepId) {
        return plan.procedures().stream().filter(p -> p.id().equals(procedureId)).map(Procedure::steps).flatMap(List::stream)
                .filter(s -> s.id().equals(stepId)).findFirst().orElseThrow();
    }

    private static String stepsOf(IncidentState state) {
        List<String> steps = new ArrayList<>();
        for (ProcedureRun run : state.procedures()) {
            run.steps().stream().filter(s -> s.status() != StepStatus.SUCCEEDED && s.status() != StepStatus.PENDING)
                    .forEach(s -> steps.add(run.procedureId() + "/" + s.stepId() + " " + s.status() + " — " + s.detail()));
        }
        return steps.isEmpty() ? "none unfinished" : String.join("; ", steps);
    }
}

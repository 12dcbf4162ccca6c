package dev.warroom.console.start;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warroom.console.options.ConsoleOptions;
import dev.warroom.core.incident.Mode;
import dev.warroom.core.plan.model.Drill;
import dev.warroom.core.plan.model.Scenario;
import dev.warroom.service.IncidentHandle;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Choosing one of a plan's drills on the start screen, without the toolkit: its scenario, the modes it may run in, and opening it. */
class DrillChoiceTest {

    @TempDir
    Path dir;
    private final List<StartViewModel.Opened> opened = new ArrayList<>();

    private StartViewModel viewModel(String... more) {
        List<String> args = new ArrayList<>(List.of("--start", "--clock", "virtual", "--plans", StartViewModelTest.PLANS.toString(),
                "--plan", StartViewModelTest.AI_WORKFLOW.toString(), "--incidents", dir.resolve("incidents").toString(),
                "--actor", "alice"));
        args.addAll(List.of(more));
        StartViewModel vm = new StartViewModel(ConsoleOptions.parse(args), Runnable::run, Runnable::run, Optional.empty(), opened::add);
        vm.refresh();
        return vm;
    }

    private static Drill drill(StartViewModel vm, String id) {
        return vm.drills().stream().filter(d -> d.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void thePlansDrillsAreListedBesideItsScenariosAndADrillBringsItsOwnScenario() {
        StartViewModel vm = viewModel();
        var plan = vm.selectedPlanProperty().get().plan().orElseThrow();
        assertThat(vm.drills()).containsExactlyElementsOf(plan.drills()).extracting(Drill::id).contains("db-primary-drill-q1");
        assertThat(vm.drillProperty().get()).as("no drill until one is chosen").isNull();

        vm.chooseDrill(drill(vm, "db-primary-drill-q1"));
        assertThat(vm.scenarioProperty().get()).extracting(Scenario::id).isEqualTo("db-primary-failure");

        Scenario other = vm.scenarios().stream().filter(s -> !s.id().equals("db-primary-failure")).findFirst().orElseThrow();
        vm.chooseScenario(other);
        assertThat(vm.scenarioProperty().get().id()).as("the drill plays its own scenario").isEqualTo("db-primary-failure");

        vm.chooseDrill(null);
        vm.chooseScenario(other);
        assertThat(vm.scenarioProperty().get()).isEqualTo(other);
    }

    @Test
    void aDrillIsNeverOfferedInLive() {
        StartViewModel vm = viewModel();
        vm.chooseMode(Mode.LIVE);
        vm.chooseDrill(drill(vm, "db-primary-drill-q1"));
        assertThat(vm.modeProperty().get()).as("choosing a drill leaves LIVE for the safe mode").isEqualTo(Mode.TABLETOP);

        vm.chooseMode(Mode.LIVE);
        assertThat(vm.modeProperty().get()).isEqualTo(Mode.TABLETOP);
        vm.chooseMode(Mode.DRILL);
        assertThat(vm.modeProperty().get()).isEqualTo(Mode.DRILL);

        vm.chooseDrill(null);
        vm.chooseMode(Mode.LIVE);
        assertThat(vm.modeProperty().get()).isEqualTo(Mode.LIVE);
    }

    @Test
    void anotherPlanForgetsTheDrill() {
        StartViewModel vm = viewModel();
        vm.chooseDrill(drill(vm, "db-primary-drill-q1"));
        var other = vm.plans().stream().filter(e -> !e.file().getFileName().toString().equals("ai-workflow.yaml")).findFirst()
                .orElseThrow();
        vm.selectPlan(other);
        assertThat(vm.drillProperty().get()).isNull();
        assertThat(vm.drills()).containsExactlyElementsOf(other.plan().orElseThrow().drills());
    }

    @Test
    void openingAChosenDrillPlaysItInTabletopWithItsScenario() throws Exception {
        StartViewModel vm = viewModel();
        vm.chooseDrill(drill(vm, "db-primary-drill-q1"));

        vm.open();

        assertThat(vm.failureProperty().get().english()).isEmpty();
        assertThat(opened).hasSize(1);
        try (IncidentHandle incident = opened.get(0).incident()) {
            assertThat(incident.state().mode()).isEqualTo(Mode.TABLETOP);
            assertThat(incident.state().scenario()).contains("db-primary-failure");
            assertThat(incident.state().drill()).as("the journal records which drill it is").isPresent()
                    .get().extracting(d -> d.drillId()).isEqualTo("db-primary-drill-q1");
        }
    }

    @Test
    void theCommandLinesDrillIsChosenOnItsPlan() {
        StartViewModel vm = viewModel("--drill", "region-failure-drill-q3");
        assertThat(vm.drillProperty().get()).extracting(Drill::id).isEqualTo("region-failure-drill-q3");
        assertThat(vm.scenarioProperty().get().id()).isEqualTo("region-failure");
    }

    @Test
    void theDrillOptionNeedsAnId() {
        assertThat(ConsoleOptions.parse(List.of("--drill", "db-primary-drill-q1")).drill()).contains("db-primary-drill-q1");
        assertThat(ConsoleOptions.parse(List.of()).drill()).isEmpty();
        assertThatThrownBy(() -> ConsoleOptions.parse(List.of("--drill"))).hasMessage("option --drill needs a value");
    }
}

package dev.warroom.console.start;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warroom.console.options.ConsoleOptions;
import dev.warroom.core.plan.model.Scenario;
import dev.warroom.core.plan.model.SeverityTarget;
import dev.warroom.service.IncidentHandle;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The severity level on the start screen, without the toolkit: the scenario's level first, another chosen, and what opens. */
class SeverityChoiceTest {

    @TempDir
    Path dir;
    private final List<StartViewModel.Opened> opened = new ArrayList<>();

    private StartViewModel viewModel(Path plan) {
        StartViewModel vm = new StartViewModel(ConsoleOptions.parse(List.of("--start", "--clock", "virtual", "--plans",
                StartViewModelTest.PLANS.toString(), "--plan", plan.toString(), "--incidents", dir.resolve("incidents").toString(),
                "--actor", "alice")), Runnable::run, Runnable::run, Optional.empty(), opened::add);
        vm.refresh();
        return vm;
    }

    private static Scenario scenario(StartViewModel vm, String id) {
        return vm.scenarios().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }

    private static SeverityTarget level(StartViewModel vm, String id) {
        return vm.severities().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void theScenariosLevelIsChosenFirstAndFollowsTheScenario() {
        StartViewModel vm = viewModel(StartViewModelTest.PLANS.resolve("auto-video.yaml"));
        assertThat(vm.severities()).extracting(SeverityTarget::id).containsExactly("critical", "major", "minor");

        vm.chooseScenario(scenario(vm, "database-failure"));
        assertThat(vm.severityProperty().get().id()).isEqualTo("major");
        vm.chooseScenario(scenario(vm, "full-system-failure"));
        assertThat(vm.severityProperty().get().id()).isEqualTo("critical");
    }

    @Test
    void theChosenLevelIsTheOneTheIncidentOpensAt() throws Exception {
        StartViewModel vm = viewModel(StartViewModelTest.PLANS.resolve("auto-video.yaml"));
        vm.chooseScenario(scenario(vm, "full-system-failure"));
        vm.chooseSeverity(level(vm, "minor"));

        vm.open();

        assertThat(vm.failureProperty().get().english()).isEmpty();
        try (IncidentHandle incident = opened.get(0).incident()) {
            assertThat(incident.state().targets().severity()).contains("minor");
            assertThat(incident.state().targets().rto()).isEqualTo(Duration.ofHours(8));
        }
    }

    @Test
    void aPlanWithoutLevelsOffersNone() {
        StartViewModel vm = viewModel(StartViewModelTest.AI_WORKFLOW);
        assertThat(vm.severities()).isEmpty();
        assertThat(vm.severityProperty().get()).isNull();
    }
}

package dev.warroom.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warroom.console.options.ConsoleOptions;
import dev.warroom.console.palette.ConsoleTestKit;
import dev.warroom.core.incident.Mode;
import dev.warroom.service.IncidentHandle;
import dev.warroom.service.IncidentService;
import dev.warroom.service.RequestRefusedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --drill ID} on the console's command line opens the plan's drill straight into the war room, as the CLI's run does. */
class CommandLineDrillTest {

    @TempDir
    Path dir;

    private ConsoleOptions options(String drill) {
        return ConsoleOptions.parse(List.of("--plan", ConsoleTestKit.plans().resolve("ai-workflow.yaml").toString(), "--clock", "virtual",
                "--drill", drill, "--journal", dir.resolve("drill.jsonl").toString(), "--actor", "alice"));
    }

    @Test
    void opensTheDrillWithItsScenario() throws Exception {
        try (IncidentHandle incident = CommandLineOpening.open(options("db-primary-drill-q1"), new IncidentService())) {
            assertThat(incident.state().mode()).isEqualTo(Mode.TABLETOP);
            assertThat(incident.state().scenario()).contains("db-primary-failure");
            assertThat(incident.state().drill()).get().extracting(d -> d.drillId()).isEqualTo("db-primary-drill-q1");
        }
    }

    @Test
    void aDrillThePlanDoesNotHaveIsRefusedInWordsAndNothingIsJournalled() {
        assertThatThrownBy(() -> CommandLineOpening.open(options("q5-drill"), new IncidentService()))
                .isInstanceOf(RequestRefusedException.class).hasMessageContaining("no drill 'q5-drill' in ")
                .hasMessageContaining("db-primary-drill-q1");
        assertThat(Files.exists(dir.resolve("drill.jsonl"))).isFalse();
    }
}

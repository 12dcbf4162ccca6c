package dev.warroom.console.robustness;

import static dev.warroom.console.room.procedure.WarRoomHarness.has;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.warroom.console.WarRoomApp;
import dev.warroom.console.palette.ConsoleTestKit;
import dev.warroom.console.room.procedure.WarRoomHarness;
import dev.warroom.console.tasks.Background;
import dev.warroom.core.incident.DefaultScenario;
import dev.warroom.core.incident.IncidentRuntime;
import dev.warroom.core.plan.model.Plan;
import dev.warroom.core.tabletop.TabletopRuntime;
import dev.warroom.core.time.VirtualClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationTest;

/**
 * An engine command that never comes back: the commander answers the first question and the engine
 * hangs recording it. The room does not stay busy for ever: once its patience runs out it says the
 * engine has not answered and gives the answer buttons back, while the command goes on; when the
 * engine comes back, the answer it was given takes effect.
 */
class HungCommandTest extends ApplicationTest {

    static {
        WarRoomHarness.prepareScreen();
    }

    @TempDir
    Path dir;
    private WarRoomApp app;
    private CommandsHang clock;

    @Override
    public void start(Stage stage) {
        Path planFile = ConsoleTestKit.plans().resolve("ai-workflow.yaml");
        clock = new CommandsHang(new VirtualClock(Instant.now().truncatedTo(ChronoUnit.SECONDS)));
        app = new WarRoomApp(ConsoleTestKit.tabletop(dir), () -> {
            Plan plan = ConsoleTestKit.plan(planFile);
            return TabletopRuntime.open(new TabletopRuntime.Tabletop(plan, planFile.toString(), "test", DefaultScenario.of(plan),
                    dir.resolve("incident.jsonl"), clock, 7, Duration.ZERO, false, WarRoomHarness.ACTOR,
                    "AI Workflow Platform — an engine that stops answering"), e -> { });
        }, new Background(Platform::runLater, Duration.ofMillis(500)));
        app.start(stage);
    }

    @Override
    public void stop() {
        clock.release();
        app.stop();
    }

    @Test
    void aCommandTheEngineNeverAnswersStopsHoldingTheRoomBusyAndSaysSoWhileItGoesOn() {
        WarRoomHarness.awaitRoom(this);
        WarRoomHarness.awaitCurrentNode(this, "region-failure-detected");
        await("the answers to be offered").atMost(Duration.ofSeconds(30)).until(this::answersOffered);

        clock.arm();
        type(KeyCode.DIGIT1);

        await("the answer to hang in the engine").atMost(Duration.ofSeconds(30)).until(clock::holding);
        await("the room to say the engine has not answered").atMost(Duration.ofSeconds(30))
                .until(() -> lookup("#decision-problem").tryQuery().map(n -> ((Label) n).getText()).orElse("")
                        .contains("the engine has not answered"));
        await("the answer buttons to come back").atMost(Duration.ofSeconds(30)).until(this::answersOffered);
        assertThat(clock.holding()).as("the command is still in the engine").isTrue();
        assertThat(has(lookup("#tree-node-region-failure-detected").query(), "current")).isTrue();

        clock.release();
        WarRoomHarness.awaitCurrentNode(this, "auto-recovery-possible");
        await("the message to go once the engine answered").atMost(Duration.ofSeconds(30))
                .until(() -> lookup("#decision-problem").tryQuery().isEmpty());
    }

    private boolean answersOffered() {
        return lookup("#answer-confirmed").tryQuery().filter(answer -> !answer.isDisabled()).isPresent();
    }
}

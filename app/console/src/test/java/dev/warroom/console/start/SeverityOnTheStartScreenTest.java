package dev.warroom.console.start;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warroom.console.WarRoomApp;
import dev.warroom.console.options.ConsoleOptions;
import dev.warroom.console.palette.ConsoleTestKit;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/** The Auto Video plan's severity level chosen from the keyboard on the start screen reaches the war room's header and its RTO clock. */
class SeverityOnTheStartScreenTest extends ApplicationTest {

    @TempDir
    Path dir;
    private WarRoomApp app;

    @BeforeAll
    static void screen() {
        ConsoleTestKit.roomyHeadlessScreen();
    }

    @Override
    public void start(Stage stage) throws Exception {
        Path incidents = Files.createDirectories(dir.resolve("incidents"));
        app = new WarRoomApp(ConsoleOptions.parse(List.of("--start", "--clock", "virtual", "--plans", ConsoleTestKit.plans().toString(),
                "--plan", ConsoleTestKit.plans().resolve("auto-video.yaml").toString(), "--incidents", incidents.toString(),
                "--actor", "alice")));
        app.start(stage);
    }

    @Override
    public void stop() throws Exception {
        ConsoleTestKit.stopAndWaitForClosing(app);
    }

    private StartViewModel viewModel() {
        return lookup("#start").queryAs(StartScreen.class).viewModel();
    }

    @Test
    void ctrlLAndTheArrowsChooseTheLevelAndTheHeaderShowsItsTargets() throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> lookup("#start-system").queryAs(Label.class).getText().equals("Auto Video System")
                && viewModel().severityProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        String scenarioLevel = viewModel().severityProperty().get().id();
        assertThat(scenarioLevel).as("the failover scenario's own level").isEqualTo("critical");
        assertThat(lookup("#start-severity").queryComboBox().isVisible()).isTrue();

        press(KeyCode.CONTROL).type(KeyCode.L).release(KeyCode.CONTROL);
        type(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(viewModel().severityProperty().get().id()).isEqualTo("major");
        assertThat(lookup("#start-severity").queryComboBox().getButtonCell().getText()).isEqualTo("Major failure — RTO 4h, RPO 1h");

        press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> lookup("#incident-severity").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();

        Label severity = lookup("#incident-severity").queryAs(Label.class);
        assertThat(severity.isVisible()).isTrue();
        assertThat(severity.getText()).isEqualTo("Major failure · RTO 4h / RPO 1h");
        assertThat(lookup("#rto-target").queryAs(Label.class).getText()).isEqualTo("target 4h");
        assertThat(lookup("#rpo-target").queryAs(Label.class).getText()).startsWith("RPO 1h");
    }
}

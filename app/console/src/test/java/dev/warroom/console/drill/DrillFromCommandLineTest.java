package dev.warroom.console.drill;

import static dev.warroom.console.room.procedure.WarRoomHarness.await;
import static dev.warroom.console.room.procedure.WarRoomHarness.has;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warroom.console.WarRoomApp;
import dev.warroom.console.options.ConsoleOptions;
import dev.warroom.console.palette.ConsoleTestKit;
import dev.warroom.core.journal.JournalReader;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationTest;

/** {@code --mode drill --plan FILE --journal FILE} opens straight into a DRILL war room; LIVE is never taken from the command line. */
class DrillFromCommandLineTest extends ApplicationTest {

    @TempDir
    Path dir;
    private LoopbackDrill drill;
    private WarRoomApp app;
    private Path journal;

    @BeforeAll
    static void screen() {
        ConsoleTestKit.roomyHeadlessScreen();
    }

    @Override
    public void start(Stage stage) throws Exception {
        drill = new LoopbackDrill();
        Path plan = drill.writePlan(dir.resolve("plans"));
        journal = dir.resolve("drill.jsonl");
        app = new WarRoomApp(ConsoleOptions.parse(List.of("--mode", "drill", "--plan", plan.toString(), "--journal", journal.toString(),
                "--actor", "alice")));
        app.start(stage);
    }

    @Override
    public void stop() throws Exception {
        ConsoleTestKit.stopAndWaitForClosing(app);
    }

    @AfterEach
    void stopServing() {
        drill.close();
    }

    @Test
    void modeDrillOpensThePlanOnTheRealConnectors() throws Exception {
        await(() -> lookup("#war-room").tryQuery().isPresent() && lookup("#resource-api").tryQuery().isPresent());
        assertThat(lookup("#mode-banner").queryAs(Label.class).getText()).contains("DRILL");
        await(() -> has(lookup("#resource-api").query(), "up"));
        assertThat(drill.requests()).contains("GET /health");
        assertThat(JournalReader.read(journal).events().get(0).data().path("mode").asText()).isEqualTo("drill");
    }

    @Test
    void liveIsRefusedOnTheCommandLineInWordsThatSayWhereItIsChosen() {
        assertThatThrownBy(() -> ConsoleOptions.parse(List.of("--mode", "live"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("--mode live is not taken from the command line: choose LIVE on the start screen (--start), which shows who"
                        + " the connectors act as and asks you to type LIVE");
        assertThatThrownBy(() -> ConsoleOptions.parse(List.of("--mode", "rehearsal"))).hasMessage(
                "--mode is one of tabletop, drill, not 'rehearsal'");
    }
}

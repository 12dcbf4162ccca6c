package dev.warroom.console.room.procedure;

import static dev.warroom.console.room.procedure.WarRoomHarness.await;
import static dev.warroom.console.room.procedure.WarRoomHarness.has;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warroom.console.WarRoomApp;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationTest;

/**
 * A step that takes a while, on a clock running ten times real time: the promotion of the DR
 * database is watched until the server reports primary, and the card says what it waits for.
 */
class RunningStepTest extends ApplicationTest {

    static {
        WarRoomHarness.prepareScreen();
    }

    @TempDir
    Path temp;
    private WarRoomApp app;
    private Stage stage;

    @Override
    public void start(Stage stage) {
        this.stage = stage;
        app = WarRoomHarness.open(stage, temp.resolve("incident.jsonl"), "--clock", "accelerated", "--speed", "10");
    }

    @Override
    public void stop() throws Exception {
        app.stop();
    }

    @Test
    void aRunningStepSaysWhatItIsWaitingForAndForHowLong() {
        WarRoomHarness.answerIntoFullFailover(this);
        WarRoomHarness.confirmUntil(this, "promote-dr-db");
        clickOn("#typed-name").write("ai-workflow-db-dr");
        type(KeyCode.ENTER);

        await(() -> lookup("#step-status").queryAs(Label.class).getText().contains("waiting for: ai-workflow-db-dr is primary"));
        WarRoomHarness.screenshot(stage.getScene(), "procedure-running-step");

        String status = lookup("#step-status").queryAs(Label.class).getText();
        assertThat(status).startsWith("Running for ").contains("of 10m");
        assertThat(has(lookup("#step-promote-dr-db").query(), "running")).isTrue();
        assertThat(WarRoomHarness.shown(lookup("#confirm").query())).isFalse();
        assertThat(lookup("#step-promote-dr-db .wr-step-meta").queryAs(Label.class).getText()).startsWith("running for ");

        await(() -> has(lookup("#step-promote-dr-db").query(), "done"));
        assertThat(lookup("#step-promote-dr-db .wr-step-meta").queryAs(Label.class).getText()).startsWith("done ");
    }
}

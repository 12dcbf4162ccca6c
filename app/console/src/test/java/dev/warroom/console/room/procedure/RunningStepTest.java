package dev.warroom.console.room.procedure;

import static dev.warroom.console.room.procedure.WarRoomHarness.await;
import static dev.warroom.console.room.procedure.WarRoomHarness.has;
import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/**
 * A step that takes a while, on a clock running ten times real time: the promotion of the DR
 * database is watched until the server reports primary, and the card says what it waits for.
 */
class RunningStepTest extends WarRoomFixture {

    @Override
    protected String[] options() {
        return new String[] {"--clock", "accelerated", "--speed", "10"};
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

package dev.warroom.console.room.inject;

import static dev.warroom.console.room.procedure.WarRoomHarness.await;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warroom.console.WarRoomApp;
import dev.warroom.console.i18n.Messages;
import dev.warroom.console.options.ConsoleOptions;
import dev.warroom.console.palette.ConsoleTestKit;
import dev.warroom.console.room.procedure.WarRoomHarness;
import dev.warroom.core.incident.EventTypes;
import dev.warroom.core.incident.IncidentRuntime;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Both windows, in the projector theme, with two injects waiting: the later one takes a line, so the timeline and
 * its note field stay on screen. Then after the drill was aborted with both still unacknowledged. In the
 * room the cards stay, as the record of what the team never acknowledged, say so in the room's language, offer no
 * button, and Alt+K journals nothing. The facilitator's window says the incident was aborted (as the journal has it, not "ended"), that its
 * clock no longer runs, and that the inject was never acknowledged.
 */
class InjectCardAfterTheEndTest extends ApplicationTest {

    static {
        WarRoomHarness.prepareScreen();
    }

    @TempDir
    Path dir;
    private WarRoomApp app;
    private volatile IncidentRuntime runtime;

    private Stage roomStage;

    @Override
    public void start(Stage stage) throws Exception {
        roomStage = stage;
        var plan = DrillRoom.plan();
        app = new WarRoomApp(ConsoleOptions.parse(List.of("--actor", WarRoomHarness.ACTOR, "--plans", ConsoleTestKit.plans().toString(),
                "--incidents", dir.resolve("incidents").toString(), "--theme", "projector")), () -> {
                    runtime = DrillRoom.open(plan, dir.resolve("drill.jsonl"));
                    return runtime;
                });
        app.start(stage);
    }

    @Override
    public void stop() throws Exception {
        ConsoleTestKit.stopAndWaitForClosing(app);
    }

    @Test
    void anAbortedDrillLeavesTheCardAsARecordWithNothingToPressAndTheFacilitatorSeesItNeverAcknowledged() throws Exception {
        await(() -> lookup("#war-room").tryQuery().isPresent() && runtime != null);
        press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.F).release(KeyCode.SHIFT, KeyCode.CONTROL);
        await(() -> app.facilitatorWindow().map(Stage::isShowing).orElse(false) && lookup("#facilitator-status").tryQuery().isPresent());
        runtime.incident().drillDesk().fire("dba-call", "fran");
        runtime.incident().drillDesk().fire("lag", "fran");
        await(() -> lookup("#inject-ack-dba-call").tryQuery().isPresent() && lookup("#inject-ack-lag").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(() -> bottomInScene("#note-field") <= roomStage.getScene().getHeight()))
                .as("two waiting injects leave the note field on screen in the projector's type").isTrue();
        assertThat(onFx(() -> lookup("#timeline-list").query().getLayoutBounds().getHeight()))
                .as("and the timeline room for its entries").isGreaterThan(90);
        double chipRow = onFx(() -> lookup("#filter-incident").query().getLayoutBounds().getHeight());
        assertThat(onFx(() -> lookup("#timeline-filter").query().getLayoutBounds().getHeight()))
                .as("the timeline's filter chips take at most two rows").isLessThan(chipRow * 3);
        ConsoleTestKit.screenshot(roomStage.getScene(), "inject-cards-two-projector");
        assertThat(onFx(() -> lookup("#inject-card-lag").query().getLayoutBounds().getHeight()))
                .as("the later card is one line").isLessThan(onFx(() -> lookup("#inject-card-dba-call").query().getLayoutBounds().getHeight()));

        runtime.incident().abort("the drill room is needed", "fran");
        await(() -> lookup("#inject-unacknowledged-dba-call").tryQuery().isPresent());
        assertThat(lookup("#inject-card-dba-call").tryQuery()).as("the card stays as the record").isPresent();
        assertThat(lookup("#inject-message-dba-call").queryAs(Label.class).getText()).isEqualTo(DrillRoom.DBA_MESSAGE_EN);
        assertThat(lookup("#inject-ack-dba-call").tryQuery()).as("nothing left to acknowledge").isEmpty();
        assertThat(lookup("#inject-unacknowledged-dba-call").queryAs(Label.class).getText())
                .isEqualTo("Incident aborted — not acknowledged");

        await(() -> lookup("#facilitator-status").queryAs(Label.class).getText().equals("aborted"));
        assertThat(lookup("#facilitator-clock-state").queryAs(Label.class).getText()).as("not \"clock running at 1×\"")
                .isEqualTo("clock stopped");
        assertThat(facilitatorLines("#inject-dba-call")).contains("Never acknowledged: the incident was aborted first");

        interact(() -> roomStage.requestFocus());
        press(KeyCode.ALT, KeyCode.K).release(KeyCode.K, KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(runtime.incident().events()).as("Alt+K journals nothing into the aborted incident")
                .noneMatch(e -> e.type().equals(EventTypes.INJECT_ACKNOWLEDGED));
        assertThat(lookup("#inject-unacknowledged-dba-call").tryQuery()).as("and the card still says it was never acknowledged")
                .isPresent();

        interact(() -> app.messages().setLocale(Messages.TRADITIONAL_CHINESE));
        assertThat(lookup("#inject-unacknowledged-dba-call").queryAs(Label.class).getText()).isEqualTo("事件已中止 — 未確認收到");
        assertThat(lookup("#facilitator-status").queryAs(Label.class).getText()).isEqualTo("已中止");
        assertThat(lookup("#facilitator-clock-state").queryAs(Label.class).getText()).isEqualTo("時鐘已停止");
        assertThat(facilitatorLines("#inject-dba-call")).contains("始終未確認收到：事件先中止了");
        interact(() -> app.messages().setLocale(Messages.SIMPLIFIED_CHINESE));
        assertThat(lookup("#inject-unacknowledged-dba-call").queryAs(Label.class).getText()).isEqualTo("事件已中止 — 未确认收到");
    }

    private double bottomInScene(String query) {
        javafx.scene.Node node = lookup(query).query();
        return node.localToScene(node.getLayoutBounds()).getMaxY();
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> call) throws Exception {
        return WaitForAsyncUtils.asyncFx(call).get(10, java.util.concurrent.TimeUnit.SECONDS);
    }

    /** The words of the facilitator's row for one inject. */
    private List<String> facilitatorLines(String row) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> lookup(row + " .label").queryAll().stream().map(n -> ((Label) n).getText()).toList())
                .get(10, java.util.concurrent.TimeUnit.SECONDS);
    }
}

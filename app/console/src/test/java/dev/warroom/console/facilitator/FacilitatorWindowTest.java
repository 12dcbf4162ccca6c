package dev.warroom.console.facilitator;

import static dev.warroom.console.room.procedure.WarRoomHarness.await;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warroom.console.WarRoomApp;
import dev.warroom.console.palette.CommandSearch;
import dev.warroom.console.palette.ConsoleTestKit;
import dev.warroom.console.room.procedure.WarRoomHarness;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The facilitator's window from the room's keyboard: Ctrl+Shift+F opens it (the palette lists it), it
 * has a palette of its own with the facilitator's commands, follows the language and theme chosen in
 * the room, says so when the incident plays no drill, and closes without closing the room.
 */
class FacilitatorWindowTest extends ApplicationTest {

    static {
        WarRoomHarness.prepareScreen();
    }

    @TempDir
    Path dir;
    private WarRoomApp app;
    private Stage room;

    @Override
    public void start(Stage stage) {
        room = stage;
        app = new WarRoomApp(ConsoleTestKit.tabletop(dir));
        app.start(stage);
    }

    @Override
    public void stop() throws Exception {
        ConsoleTestKit.stopAndWaitForClosing(app);
    }

    private List<String> paletteNames() {
        ListView<CommandSearch.Entry> results = lookup("#palette-results").queryListView();
        return results.getItems().stream().map(CommandSearch.Entry::name).toList();
    }

    @Test
    void ctrlShiftFOpensTheFacilitatorWindowBesideTheRoomWithItsOwnPaletteAndTheRoomsLanguageAndTheme() throws Exception {
        WarRoomHarness.awaitRoom(this);
        press(KeyCode.CONTROL).type(KeyCode.K).release(KeyCode.CONTROL);
        await(() -> lookup("#palette-results").tryQuery().isPresent());
        assertThat(paletteNames()).contains("Open the facilitator window");
        type(KeyCode.ESCAPE);

        press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.F).release(KeyCode.SHIFT, KeyCode.CONTROL);
        await(() -> app.facilitatorWindow().map(Stage::isShowing).orElse(false));
        Stage facilitator = app.facilitatorWindow().orElseThrow();
        assertThat(facilitator.getTitle()).isEqualTo("WarRoom — facilitator");
        assertThat(facilitator).isNotSameAs(room);
        assertThat(lookup("#facilitator-no-drill").queryLabeled().getText()).startsWith("This incident plays no drill");
        assertThat(room.isShowing()).isTrue();

        // a second Ctrl+Shift+F brings the same window forward rather than opening another
        interact(room::requestFocus);
        press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.F).release(KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.facilitatorWindow()).containsSame(facilitator);

        // the room's theme and language reach the facilitator's window
        interact(() -> app.messages().setLocale(dev.warroom.console.i18n.Messages.TRADITIONAL_CHINESE));
        assertThat(facilitator.getTitle()).isEqualTo("WarRoom — 演練主持人");
        interact(() -> app.messages().setLocale(dev.warroom.console.i18n.Messages.ENGLISH));
        clickOn("#facilitator-problem");
        press(KeyCode.CONTROL).type(KeyCode.K).release(KeyCode.CONTROL);
        await(() -> lookup("#palette-results").tryQuery().map(n -> n.getScene() == facilitator.getScene()).orElse(false));
        assertThat(paletteNames()).contains("Facilitator: pause or resume the clock", "Facilitator: clock at 60×",
                "Fire now", "Hold", "Facilitator: write an observation", "Judge what the journal measured", "Theme: daylight");
        write("daylight");
        type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(facilitator.getScene().getStylesheets()).anyMatch(s -> s.endsWith("daylight.css")).anyMatch(s -> s.endsWith(
                "facilitator.css"));
        assertThat(room.getScene().getStylesheets()).anyMatch(s -> s.endsWith("daylight.css"));

        // closing the facilitator's window leaves the room and its incident open
        WaitForAsyncUtils.asyncFx(facilitator::close).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.facilitatorWindow()).isEmpty();
        assertThat(room.isShowing()).isTrue();
        assertThat(lookup("#war-room").tryQuery()).isPresent();
    }
}

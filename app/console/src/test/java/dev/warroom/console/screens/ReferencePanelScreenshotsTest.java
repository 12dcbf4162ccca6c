package dev.warroom.console.screens;

import static dev.warroom.console.room.procedure.WarRoomHarness.await;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warroom.console.WarRoomApp;
import dev.warroom.console.i18n.Messages;
import dev.warroom.console.palette.AppCommands;
import dev.warroom.console.palette.CommandSearch;
import dev.warroom.console.palette.ConsoleTestKit;
import dev.warroom.console.room.procedure.WarRoomHarness;
import dev.warroom.console.theme.Theme;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The reference panel (Ctrl+L) over the war room at 1366×768: in war-room dark on every build; with
 * {@code -Dwarroom.screenshots=docs} also in daylight, projector and 繁體中文, into docs/screenshots.
 */
class ReferencePanelScreenshotsTest extends ApplicationTest {

    static {
        WarRoomHarness.prepareScreen();
    }

    @TempDir
    Path dir;
    private WarRoomApp app;
    private Stage stage;
    private final List<Screenshot> taken = new ArrayList<>();

    @Override
    public void start(Stage stage) {
        // the test opens its own console
    }

    @AfterEach
    void closeTheConsole() throws Exception {
        if (app != null) {
            ConsoleTestKit.stopAndWaitForClosing(app);
        }
    }

    @Test
    void theReferencePanelInEachThemeAndInChinese() throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        interact(() -> {
            app = new WarRoomApp(ConsoleTestKit.tabletop(dir));
            app.start(stage);
        });
        WarRoomHarness.awaitRoom(this);
        openPanel();
        assertThat(lookup("#reference-cadence").queryAs(Label.class).getText()).isEqualTo("Next stakeholder update due in 30 min");
        taken.add(Screenshot.take(stage.getScene(), "14-reference-dark"));

        if (Screenshot.forDocs()) {
            for (Theme theme : List.of(Theme.DAYLIGHT, Theme.PROJECTOR)) {
                type(KeyCode.ESCAPE);
                useTheme(theme);
                openPanel();
                taken.add(Screenshot.take(stage.getScene(), "14-reference-" + AppCommands.themeWord(theme)));
            }
            type(KeyCode.ESCAPE);
            useTheme(Theme.WAR_ROOM_DARK);
            openPanel();
            interact(() -> app.messages().setLocale(Messages.TRADITIONAL_CHINESE));
            await(() -> lookup("#reference-cadence").queryAs(Label.class).getText().startsWith("下一次"));
            taken.add(Screenshot.take(stage.getScene(), "14-reference-zh-TW"));
        }

        assertThat(taken).isNotEmpty().allSatisfy(shot -> {
            assertThat(shot.width()).as(shot.file() + " width").isEqualTo(1366);
            assertThat(shot.height()).as(shot.file() + " height").isEqualTo(768);
            assertThat(shot.colours()).as(shot.file() + " colours").isGreaterThan(64);
            assertThat(shot.brightnessSpread()).as(shot.file() + " brightness spread").isGreaterThan(10);
        });
    }

    private void openPanel() {
        // the notifications of what just happened go first, so the pictures are the same each run
        await(() -> WaitForAsyncUtils.asyncFx(() -> Window.getWindows().stream().noneMatch(w -> w instanceof PopupWindow popup
                && popup.isShowing() && popup.getOwnerWindow() == stage && popup.getScene().getRoot().lookup(".notification-bar") != null))
                .get(10, TimeUnit.SECONDS));
        press(KeyCode.CONTROL).type(KeyCode.L).release(KeyCode.CONTROL);
        await(() -> lookup("#reference").tryQuery().map(WarRoomHarness::shown).orElse(false));
    }

    /** Switches the theme as a commander would: the palette, "theme …", Enter. */
    private void useTheme(Theme next) {
        await(() -> !lookup("#reference").tryQuery().map(WarRoomHarness::shown).orElse(false));
        press(KeyCode.CONTROL).type(KeyCode.K).release(KeyCode.CONTROL);
        await(() -> lookup("#palette").tryQuery().map(WarRoomHarness::shown).orElse(false));
        String word = AppCommands.themeWord(next);
        write("theme " + word);
        ListView<CommandSearch.Entry> results = lookup("#palette-results").queryListView();
        await(() -> results.getSelectionModel().getSelectedItem() != null
                && results.getSelectionModel().getSelectedItem().nameKey().equals("palette.theme." + word));
        type(KeyCode.ENTER);
        await(() -> stage.getScene().getStylesheets().stream().anyMatch(sheet -> sheet.endsWith("/" + next.stylesheet())));
    }
}

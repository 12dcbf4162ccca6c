package dev.warroom.console.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.warroom.console.WarRoomApp;
import dev.warroom.console.options.ConsoleOptions;
import dev.warroom.console.palette.ConsoleTestKit;
import dev.warroom.console.room.WarRoomScreen;
import dev.warroom.console.room.procedure.WarRoomHarness;
import dev.warroom.console.start.StartScreen;
import java.lang.ref.WeakReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A commander opens a dozen TABLETOP rooms one after the other from the start screen (virtual clock,
 * journals in a temporary folder), each replacing the last. Once closed, nothing keeps a room alive:
 * its screen, its view model and the start screen it was opened from are all collected. A listener or cache
 * that kept every closed room, or the last few, shows within a dozen as it did within fifty, in a quarter of the time.
 */
class RoomsAreCollectedTest extends ApplicationTest {

    private static final int ROOMS = 12;

    static {
        WarRoomHarness.prepareScreen();
    }

    @TempDir
    Path dir;
    private WarRoomApp app;
    private Stage window;

    @Override
    public void start(Stage stage) throws Exception {
        Path plans = Files.createDirectories(dir.resolve("plans"));
        Path plan = Files.copy(ConsoleTestKit.plans().resolve("ai-workflow.yaml"), plans.resolve("ai-workflow.yaml"));
        app = new WarRoomApp(ConsoleOptions.parse(List.of("--start", "--clock", "virtual", "--plan", plan.toString(), "--plans",
                plans.toString(), "--incidents", dir.resolve("incidents").toString(), "--actor", WarRoomHarness.ACTOR)));
        // A window of its own: TestFX keeps every event fired on the primary stage it hands in, rooms and all.
        window = new Stage();
        app.start(window);
    }

    @Override
    public void stop() throws Exception {
        ConsoleTestKit.stopAndWaitForClosing(app);
        window.hide();
    }

    @Test
    void aDozenRoomsOpenedAndClosedAreAllCollected() {
        List<WeakReference<Object>> closed = new ArrayList<>();
        WarRoomScreen room = null;
        for (int n = 0; n <= ROOMS; n++) {
            room = openFromStart(room, closed);
            if (n < ROOMS) {
                interact(app::showStart);
            }
        }
        assertThat(closed).hasSize(ROOMS * 3 + 1);

        await("every closed room to be collected").atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500)).until(() -> {
            System.gc();
            return closed.stream().filter(ref -> ref.get() != null).count();
        }, left -> left == 0);
    }

    /** Opens a room from the start screen on show, replacing {@code previous}; what is left behind goes into {@code closed}. */
    private WarRoomScreen openFromStart(WarRoomScreen previous, List<WeakReference<Object>> closed) {
        StartScreen start = awaitNode("#start", StartScreen.class, null);
        Button open = lookup("#start-open").queryButton();
        await().atMost(Duration.ofSeconds(30)).until(() -> !open.isDisabled());
        interact(open::fire);
        WarRoomScreen room = awaitNode("#war-room", WarRoomScreen.class, previous);
        closed.add(new WeakReference<>(start));
        if (previous != null) {
            closed.add(new WeakReference<>(previous));
            closed.add(new WeakReference<>(previous.context().vm()));
        }
        return room;
    }

    /** The node {@code query} finds once it is on screen and is not {@code other}. */
    private <T extends Node> T awaitNode(String query, Class<T> type, T other) {
        await().atMost(Duration.ofSeconds(30)).until(() -> current(query, type).filter(node -> node != other).isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        return current(query, type).orElseThrow();
    }

    private <T extends Node> Optional<T> current(String query, Class<T> type) {
        return lookup(query).tryQuery().filter(type::isInstance).map(type::cast).filter(node -> node.getScene() != null
                && node.getScene().getWindow() != null);
    }
}

package dev.warroom.console;

import static dev.warroom.console.room.procedure.WarRoomHarness.await;
import static dev.warroom.console.room.procedure.WarRoomHarness.shown;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warroom.console.palette.ConsoleTestKit;
import dev.warroom.console.room.procedure.WarRoomHarness;
import dev.warroom.core.plan.model.Plan;
import dev.warroom.core.tabletop.TabletopRuntime;
import dev.warroom.core.time.AcceleratedClock;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The "Opening …" screen, shown while the command line's incident opens, is its words in the theme and nothing
 * more: the command palette comes with the war room (Ctrl+K opens it there, not on the way in).
 */
class OpeningScreenTest extends ApplicationTest {

    static {
        WarRoomHarness.prepareScreen();
    }

    @TempDir
    Path dir;
    private final CountDownLatch letItOpen = new CountDownLatch(1);
    private Stage stage;
    private WarRoomApp app;

    @Override
    public void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void close() {
        letItOpen.countDown();
        if (app != null) {
            interact(app::stop);
        }
    }

    @Test
    void theOpeningScreenShowsItsWordsWithoutAPaletteWhichComesWithTheRoom() {
        Path planFile = ConsoleTestKit.plans().resolve("ai-workflow.yaml");
        app = new WarRoomApp(ConsoleTestKit.tabletop(dir), () -> {
            try {
                if (!letItOpen.await(60, TimeUnit.SECONDS)) {
                    throw new IOException("the test never let the incident open");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while held", e);
            }
            Plan plan = ConsoleTestKit.plan(planFile);
            return TabletopRuntime.open(new TabletopRuntime.Tabletop(plan, planFile.toString(), "test", Optional.empty(),
                    dir.resolve("incident.jsonl"), new AcceleratedClock(Instant.now().truncatedTo(ChronoUnit.SECONDS), 1), 7,
                    Duration.ZERO, false, WarRoomHarness.ACTOR, "AI Workflow Platform"), e -> { });
        });
        interact(() -> app.start(stage));

        await(() -> lookup("#opening").tryQuery().isPresent());
        assertThat(lookup("#opening").queryAs(Label.class).getText()).startsWith("Opening ");
        assertThat(stage.getScene().getStylesheets()).as("in the app's theme").isNotEmpty();
        press(KeyCode.CONTROL).type(KeyCode.K).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup("#palette").tryQuery()).as("no palette on the way in").isEmpty();

        letItOpen.countDown();
        WarRoomHarness.awaitRoom(this);
        press(KeyCode.CONTROL).type(KeyCode.K).release(KeyCode.CONTROL);
        await(() -> lookup("#palette").tryQuery().map(palette -> shown(palette)).orElse(false));
        type(KeyCode.ESCAPE);
    }
}

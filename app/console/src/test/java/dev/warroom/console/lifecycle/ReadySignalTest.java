package dev.warroom.console.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.warroom.console.WarRoomApp;
import dev.warroom.console.options.ConsoleOptions;
import dev.warroom.console.palette.ConsoleTestKit;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationTest;

/** What the package check waits for: the ready file appears once the war room shows a live board, not before. */
class ReadySignalTest extends ApplicationTest {

    private static final Path ROOT = Path.of(System.getProperty("warroom.root", "../.."));
    private Path readyFile;
    private WarRoomApp app;

    @AfterAll
    static void cleanUp() throws Exception {
        System.clearProperty(ReadySignal.READY_FILE);
        FxToolkit.cleanupStages();
    }

    @Override
    public void start(Stage stage) throws Exception {
        Path dir = Files.createTempDirectory("warroom-ready");
        readyFile = dir.resolve("ready");
        System.setProperty(ReadySignal.READY_FILE, readyFile.toString());
        app = new WarRoomApp(ConsoleOptions.parse(List.of("--clock", "accelerated", "--speed", "30", "--journal",
                dir.resolve("incident.jsonl").toString(), "--plan", ROOT.resolve("plans/ai-workflow.yaml").toString())));
        app.start(stage);
    }

    @Override
    public void stop() throws Exception {
        ConsoleTestKit.stopAndWaitForClosing(app);
    }

    @Test
    void theReadyFileIsWrittenWhenTheWarRoomShowsAFreshReading() throws Exception {
        long opened = System.currentTimeMillis();
        await().atMost(Duration.ofSeconds(60)).until(() -> Files.exists(readyFile));

        assertThat(ReadySignal.liveWarRoom(lookup("#war-room").query().getScene())).isTrue();
        String millis = Files.readString(readyFile, StandardCharsets.UTF_8).strip();
        assertThat(millis).matches("\\d+");
        assertThat(Long.parseLong(millis)).as("the frame's wall-clock time").isBetween(opened - 60_000, System.currentTimeMillis());
        assertThat(readyFile.resolveSibling("ready.partial")).doesNotExist();
    }
}

package dev.warroom.console.room.board;

import dev.warroom.console.WarRoomApp;
import dev.warroom.console.options.ConsoleOptions;
import dev.warroom.console.palette.ConsoleTestKit;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationTest;

/** The whole console on the AI Workflow plan's default tabletop with a virtual clock, plus a test's own options (language, theme). */
abstract class TabletopWindowFixture extends ApplicationTest {

    private final List<String> options;
    private WarRoomApp app;

    protected TabletopWindowFixture(String... options) {
        this.options = List.of(options);
    }

    @AfterAll
    static void cleanUp() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Override
    public void start(Stage stage) throws Exception {
        Path root = Path.of(System.getProperty("warroom.root", "../.."));
        Path journal = Files.createTempDirectory("warroom-board").resolve("incident.jsonl");
        List<String> args = new ArrayList<>(List.of("--clock", "virtual", "--journal", journal.toString(),
                "--plan", root.resolve("plans/ai-workflow.yaml").toString()));
        args.addAll(options);
        app = new WarRoomApp(ConsoleOptions.parse(args));
        app.start(stage);
    }

    @Override
    public void stop() throws Exception {
        ConsoleTestKit.stopAndWaitForClosing(app);
    }
}

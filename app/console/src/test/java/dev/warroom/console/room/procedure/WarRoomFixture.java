package dev.warroom.console.room.procedure;

import dev.warroom.console.WarRoomApp;
import dev.warroom.console.palette.ConsoleTestKit;
import java.nio.file.Path;
import javafx.stage.Stage;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationTest;

/** A test on the real console as {@link WarRoomHarness#open} opens it, afresh for each test with its own journal. */
public abstract class WarRoomFixture extends ApplicationTest {

    static {
        WarRoomHarness.prepareScreen();
    }

    @TempDir
    protected Path temp;
    protected WarRoomApp app;
    protected Stage stage;

    /** The options the console opens with; a virtual clock, so steps finish at once, unless a test needs another. */
    protected String[] options() {
        return new String[] {"--clock", "virtual"};
    }

    @Override
    public void start(Stage stage) {
        this.stage = stage;
        app = WarRoomHarness.open(stage, temp.resolve("incident.jsonl"), options());
    }

    @Override
    public void stop() throws Exception {
        ConsoleTestKit.stopAndWaitForClosing(app);
    }
}

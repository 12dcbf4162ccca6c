package dev.warroom.console.room.tour;

import static dev.warroom.console.room.procedure.WarRoomHarness.shown;

import dev.warroom.console.WarRoomApp;
import dev.warroom.console.options.ConsoleOptions;
import dev.warroom.console.palette.ConsoleTestKit;
import dev.warroom.console.room.procedure.WarRoomHarness;
import dev.warroom.core.journal.JournalEvent;
import dev.warroom.core.journal.JournalReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationTest;

/** The room opened on the format tour (plans/examples/format-tour.yaml) in TABLETOP on the virtual clock, at one of its scenarios. */
abstract class TourRoom extends ApplicationTest {

    static {
        WarRoomHarness.prepareScreen();
    }

    @TempDir
    Path temp;
    WarRoomApp app;
    Stage stage;

    abstract String scenario();

    @Override
    public void start(Stage stage) {
        this.stage = stage;
        String root = System.getProperty("warroom.root", "../..");
        app = new WarRoomApp(ConsoleOptions.parse(List.of("--journal", journal().toString(), "--plan",
                root + "/plans/examples/format-tour.yaml", "--scenario", scenario(), "--actor", WarRoomHarness.ACTOR,
                "--clock", "virtual", "--lang", "en")));
        app.start(stage);
    }

    @Override
    public void stop() throws Exception {
        ConsoleTestKit.stopAndWaitForClosing(app);
    }

    Path journal() {
        return temp.resolve("incident.jsonl");
    }

    List<JournalEvent> journal(String type) throws Exception {
        return JournalReader.read(journal()).events().stream().filter(e -> e.type().equals(type)).toList();
    }

    /** Every text the commander can see under {@code selector}, one per line. */
    String textsUnder(String selector) {
        Node root = lookup(selector).query();
        return from(root).lookup((Node n) -> n instanceof Labeled && shown(n)).<Labeled>queryAll().stream().map(Labeled::getText)
                .filter(Objects::nonNull).reduce("", (a, b) -> a + "\n" + b);
    }

    /** The timeline's rows as the commander reads them. */
    List<String> timeline() {
        ListView<?> list = lookup(".wr-timeline-list").queryAs(ListView.class);
        return list.getItems().stream().map(String::valueOf).toList();
    }
}

package dev.warroom.console;

import static dev.warroom.console.room.procedure.WarRoomHarness.await;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warroom.console.palette.ConsoleTestKit;
import dev.warroom.console.report.StandardReportMaking;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationTest;

/**
 * A file opened from the desktop starts the console as {@code WarRoom FILE}: a plan opens its war room in
 * TABLETOP with its own folder as the plans folder; a journal opens the start screen with that incident chosen
 * (resumable, or over with its report open); any other file shows the console's bad-option message naming it.
 */
class FileFromTheDesktopTest extends ApplicationTest {

    @TempDir
    Path dir;
    private Stage stage;
    private WarRoomApp app;

    @BeforeAll
    static void screen() {
        ConsoleTestKit.roomyHeadlessScreen();
    }

    @Override
    public void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void closeApp() throws Exception {
        if (app != null) {
            interact(app::stop);
        }
    }

    private void launch(Path file) {
        // a file association passes the file alone; the clock and the incidents folder keep the test's journals in dir
        app = WarRoomApp.launchedWith(List.of("--clock", "virtual", "--incidents", dir.resolve("home-incidents").toString(),
                file.toString()));
        app.useForReports((format, suggested, owner) -> Optional.of(dir.resolve("report.html")), new StandardReportMaking());
        interact(() -> app.start(stage));
    }

    @Test
    void aPlanOpensItsWarRoomWithItsFolderAsThePlansFolder() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("team-plans"));
        Path plan = Files.copy(ConsoleTestKit.plans().resolve("ai-workflow.yaml"), folder.resolve("ai-workflow.warroom.yaml"));

        launch(plan);

        await(() -> lookup("#war-room").tryQuery().isPresent());
        assertThat(journals(dir.resolve("home-incidents"))).as("a new TABLETOP incident is journaled").hasSize(1);
        press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.O).release(KeyCode.SHIFT, KeyCode.CONTROL);
        await(() -> !lookup("#plan-list").queryListView().getItems().isEmpty());
        assertThat(lookup("#plan-list").queryListView().getItems()).as("the plans folder is the plan's own folder").hasSize(1);
        assertThat(lookup("#plan-list").queryListView().getSelectionModel().getSelectedItem().toString())
                .contains("ai-workflow.warroom.yaml");
    }

    @Test
    void anUnfinishedIncidentsJournalOpensTheStartScreenWithItChosenForResuming() throws Exception {
        Path incidents = Files.createDirectories(dir.resolve("elsewhere"));
        Path other = incidents.resolve("ai-workflow-earlier.jsonl");
        Path journal = incidents.resolve("ai-workflow-tonight.jsonl");
        ConsoleTestKit.openAndLeave(ConsoleTestKit.plans().resolve("ai-workflow.yaml"), other, "bob", handle -> { });
        ConsoleTestKit.openAndLeave(ConsoleTestKit.plans().resolve("ai-workflow.yaml"), journal, "bob", handle -> { });

        launch(journal);

        await(() -> lookup("#unfinished-list").queryListView().getSelectionModel().getSelectedItem() != null);
        ListView<?> unfinished = lookup("#unfinished-list").queryListView();
        assertThat(unfinished.getItems()).as("the journal's own folder is scanned").hasSize(2);
        assertThat(unfinished.getSelectionModel().getSelectedItem().toString()).contains("ai-workflow-tonight.jsonl");
        assertThat(lookup("#start-resume").queryButton().isDisabled()).as("ready to resume").isFalse();
        assertThat(app.reportWindow()).isEmpty();
    }

    @Test
    void aFinishedIncidentsJournalOpensItsReport() throws Exception {
        Path journal = Files.createDirectories(dir.resolve("archive")).resolve("ai-workflow-q1.jsonl");
        ConsoleTestKit.openAndLeave(ConsoleTestKit.plans().resolve("ai-workflow.yaml"), journal, "bob",
                handle -> handle.commands().abort("the drill ran out of time").get());

        launch(journal);

        await(() -> app.reportWindow().isPresent() && lookup("#report-title").tryQuery().isPresent());
        assertThat(lookup("#report-title").queryAs(Label.class).getText()).contains("AI Workflow");
        assertThat(lookup("#finished-list").queryListView().getSelectionModel().getSelectedItem().toString())
                .contains("ai-workflow-q1.jsonl");
    }

    @Test
    void anyOtherFileShowsTheBadOptionMessageNamingIt() throws Exception {
        Path notes = Files.writeString(dir.resolve("notes.txt"), "bring coffee\n");

        launch(notes);

        await(() -> lookup("#opening").tryQuery().isPresent());
        assertThat(lookup("#opening").queryAs(Label.class).getText())
                .startsWith("The console cannot start: cannot open " + notes.toAbsolutePath())
                .endsWith("WarRoom opens a plan (*.yaml, *.yml) or an incident journal (*.jsonl)");
        assertThat(lookup("#war-room").tryQuery()).isEmpty();
    }

    private static List<Path> journals(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".jsonl")).toList();
        }
    }
}

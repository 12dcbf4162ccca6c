package dev.warroom.console.screens;

import static dev.warroom.console.room.procedure.WarRoomHarness.await;
import static dev.warroom.console.room.procedure.WarRoomHarness.has;
import static dev.warroom.console.room.procedure.WarRoomHarness.shown;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.warroom.console.WarRoomApp;
import dev.warroom.console.palette.ConsoleTestKit;
import dev.warroom.console.room.procedure.WarRoomHarness;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationTest;

/**
 * How the war room arranges itself: the question has most of the centre while the commander decides,
 * the procedure takes the room and comes forward when it starts; the board's column grows with the type.
 */
class WarRoomLayoutTest extends ApplicationTest {

    static {
        WarRoomHarness.prepareScreen();
    }

    @TempDir
    Path dir;
    private WarRoomApp app;

    @Override
    public void start(Stage stage) {
        // each test opens its own console
    }

    @AfterEach
    void closeTheConsole() throws Exception {
        if (app != null) {
            ConsoleTestKit.stopAndWaitForClosing(app);
        }
    }

    private void open(String... options) throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        interact(() -> app = WarRoomHarness.open(stage, dir.resolve("incident.jsonl"), options));
        WarRoomHarness.awaitRoom(this);
    }

    @Test
    void answeringIntoAProcedureWhileTheChecklistsAreUpBringsTheProcedureForwardSoEnterConfirms() throws Exception {
        open("--clock", "virtual");
        TabPane work = lookup("#work-tabs").queryAs(TabPane.class);
        SplitPane centre = centre(work);
        assertThat(work.getHeight()).as("the procedure's share while the commander decides").isLessThan(centre.getHeight() / 2);
        clickOn(lookup("#work-tabs .tab-label").queryAllAs(Label.class).stream().filter(l -> l.getText().equals("Checklists"))
                .findFirst().orElseThrow());
        assertThat(work.getSelectionModel().getSelectedIndex()).isEqualTo(1);

        WarRoomHarness.answerIntoFullFailover(this);

        assertThat(work.getSelectionModel().getSelectedIndex()).as("the Procedure tab").isZero();
        await(() -> work.getHeight() > centre.getHeight() / 2);
        assertThat(shown(lookup("#confirm").query())).isTrue();
        await(() -> has(lookup("#step-authorize").query(), "proposed"));
        type(KeyCode.ENTER);
        await(() -> has(lookup("#step-authorize").query(), "done"));
    }

    private static SplitPane centre(Node node) {
        for (Parent up = node.getParent(); up != null; up = up.getParent()) {
            if (up instanceof SplitPane split) {
                return split;
            }
        }
        throw new AssertionError("the work tabs are not in the centre's split");
    }

    @Test
    void theBoardsColumnIsAsManyTitleSizesWideInTheProjectorsLargeTypeAsInTheDarkTheme() throws Exception {
        open("--clock", "virtual");
        ScrollPane board = lookup("#board-scroll").queryAs(ScrollPane.class);
        Label title = lookup("#board-scroll .wr-resource-title").queryAs(Label.class);
        double darkType = title.getFont().getSize();
        double darkWidth = board.getWidth();

        press(KeyCode.CONTROL).type(KeyCode.K).release(KeyCode.CONTROL);
        write("theme projector");
        type(KeyCode.ENTER);
        await(() -> title.getFont().getSize() > darkType);
        await(() -> board.getWidth() > darkWidth);

        assertThat(board.getWidth() / title.getFont().getSize()).isCloseTo(darkWidth / darkType, within(0.5));
    }
}

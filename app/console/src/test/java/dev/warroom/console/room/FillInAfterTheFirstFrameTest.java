package dev.warroom.console.room;

import static dev.warroom.console.room.procedure.WarRoomHarness.await;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warroom.console.room.board.TabletopRoom;
import dev.warroom.console.room.procedure.WarRoomHarness;
import dev.warroom.console.theme.Theme;
import dev.warroom.console.theme.Themes;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;

/**
 * The war room's first frame is light: the decision tree's drawing and the checklists come right after it, with a
 * placeholder saying so until then; the question, the board and the steps are there from the start.
 */
class FillInAfterTheFirstFrameTest extends ApplicationTest {

    static {
        WarRoomHarness.prepareScreen();
    }

    private Stage stage;
    private TabletopRoom room;
    private WarRoomScreen screen;

    @Override
    public void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void close() throws Exception {
        interact(screen::stop);
        room.close();
    }

    @Test
    void theTreesDrawingAndTheChecklistsFollowTheFirstFrame() throws Exception {
        Scene[] scene = new Scene[1];
        interact(() -> {
            try {
                room = new TabletopRoom();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            screen = new WarRoomScreen(room.context);
            scene[0] = new Scene(new Group(), 1366, 768);
            Themes.apply(scene[0], Theme.WAR_ROOM_DARK);
            scene[0].setRoot(screen);
            scene[0].getRoot().applyCss();
        });

        assertThat(scene[0].getRoot().lookup("#tree-drawing")).as("before any frame, a placeholder").isNotNull();
        assertThat(((Label) scene[0].getRoot().lookup("#tree-drawing")).getText()).isEqualTo("Drawing the decision tree…");
        assertThat(scene[0].getRoot().lookup(".wr-tree-node")).as("no drawing yet").isNull();
        assertThat(scene[0].getRoot().lookup("#decision")).as("the question is there at once").isNotNull();
        TabPane work = (TabPane) scene[0].getRoot().lookup("#work-tabs");
        assertThat(((Label) work.getTabs().get(1).getContent()).getText()).isEqualTo("Loading the checklists…");

        interact(() -> {
            stage.setScene(scene[0]);
            stage.show();
        });

        await(() -> lookup(".wr-tree-node").tryQuery().isPresent());
        assertThat(lookup("#tree-drawing").tryQuery()).as("the drawing took the placeholder's place").isEmpty();
        await(() -> !(work.getTabs().get(1).getContent() instanceof Label));
        assertThat(work.getTabs().get(1).getContent().lookup(".wr-checklist-phase")).isNotNull();
    }
}

package dev.warroom.console.room.board;

import dev.warroom.console.room.model.RoomContext;
import dev.warroom.console.theme.Theme;
import dev.warroom.console.theme.Themes;
import java.util.function.Function;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationTest;

/** One part of the war room, alone in a 1366-wide window in the dark theme, over a {@link TabletopRoom} whose clock the test moves. */
public abstract class TabletopPaneFixture extends ApplicationTest {

    private final Function<RoomContext, Parent> view;
    private final double height;
    protected TabletopRoom room;

    protected TabletopPaneFixture(Function<RoomContext, Parent> view, double height) {
        this.view = view;
        this.height = height;
    }

    @AfterAll
    static void cleanUp() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Override
    public void start(Stage stage) throws Exception {
        room = new TabletopRoom();
        Scene scene = new Scene(view.apply(room.context), 1366, height);
        Themes.apply(scene, Theme.WAR_ROOM_DARK);
        stage.setScene(scene);
        stage.show();
    }

    @Override
    public void stop() throws Exception {
        room.close();
    }

    protected Label label(String id) {
        return lookup(id).queryAs(Label.class);
    }
}

package dev.warroom.console.room.status;

import static dev.warroom.console.room.board.Looks.hasPseudoClass;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warroom.console.room.board.TabletopRoom;
import dev.warroom.console.theme.Theme;
import dev.warroom.console.theme.Themes;
import java.time.Duration;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationTest;

/** The status bar over the region-failure tabletop: each provider, how it answers and how long ago. */
class StatusBarTest extends ApplicationTest {

    private TabletopRoom room;

    @AfterAll
    static void cleanUp() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Override
    public void start(Stage stage) throws Exception {
        room = new TabletopRoom();
        Scene scene = new Scene(new StatusBar(room.context), 1366, 30);
        Themes.apply(scene, Theme.WAR_ROOM_DARK);
        stage.setScene(scene);
        stage.show();
    }

    @Override
    public void stop() throws Exception {
        room.close();
    }

    private Label label(String id) {
        return lookup(id).queryAs(Label.class);
    }

    @Test
    void eachProviderSaysHowItAnswersAndWhenItLastDid() throws Exception {
        room.refreshBoard();
        assertThat(label("#provider-azure").getText()).isEqualTo("azure · 4 of 12 unreachable · 0s ago");
        assertThat(hasPseudoClass(lookup("#provider-azure").query(), "partial")).isTrue();
        assertThat(label("#provider-kubernetes").getText()).isEqualTo("kubernetes · 8 of 16 unreachable · 0s ago");
        assertThat(label("#provider-http").getText()).isEqualTo("http · 1 of 5 unreachable · 0s ago");
        assertThat(label("#world").getText()).isEqualTo("world: simulated");
        assertThat(label("#identity").getText()).isEqualTo("no credentials (simulated)");

        room.advance(Duration.ofSeconds(40));
        assertThat(label("#provider-azure").getText()).as("nothing new heard since").endsWith(" · 40s ago");
        room.refreshBoard();
        assertThat(label("#provider-azure").getText()).endsWith(" · 0s ago");
    }
}

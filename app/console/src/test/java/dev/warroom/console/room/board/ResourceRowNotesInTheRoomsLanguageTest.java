package dev.warroom.console.room.board;

import static dev.warroom.console.room.board.BoardFixtures.T0;
import static dev.warroom.console.room.board.BoardFixtures.failing;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warroom.console.i18n.Messages;
import dev.warroom.console.theme.Theme;
import dev.warroom.console.theme.Themes;
import dev.warroom.core.board.BoardStatus;
import java.time.Duration;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationTest;

/** The board's own note on a reading ("not observed yet") follows the room's language; a connector's words do not. */
class ResourceRowNotesInTheRoomsLanguageTest extends ApplicationTest {

    private final Messages messages = new Messages();
    private ResourceRow row;

    @AfterAll
    static void cleanUp() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Override
    public void start(Stage stage) throws Exception {
        row = new ResourceRow(BoardFixtures.resource("db-dr"), messages, Duration.ofMinutes(15));
        Scene scene = new Scene(new StackPane(row), 320, 80);
        Themes.apply(scene, Theme.WAR_ROOM_DARK);
        stage.setScene(scene);
        stage.show();
    }

    private String note() {
        return lookup("#resource-db-dr ." + BoardStyles.ERROR).queryAs(Label.class).getText();
    }

    private void in(Locale locale) {
        interact(() -> {
            messages.setLocale(locale);
            row.render(T0);
        });
    }

    @Test
    void aResourceNotObservedYetSaysSoInTheRoomsLanguage() {
        interact(() -> row.show(failing("db-dr", BoardStatus.STALE, "not observed yet", null), T0));
        assertThat(note()).isEqualTo("not observed yet");

        in(Messages.TRADITIONAL_CHINESE);
        assertThat(note()).isEqualTo("尚未觀測");
        in(Messages.SIMPLIFIED_CHINESE);
        assertThat(note()).isEqualTo("尚未观测");
    }

    @Test
    void aConnectorsErrorStaysAsItCame() {
        in(Messages.TRADITIONAL_CHINESE);
        interact(() -> row.show(failing("db-dr", BoardStatus.UNREACHABLE, "no answer from westeurope", null), T0));
        assertThat(note()).isEqualTo("no answer from westeurope");
    }
}

package dev.warroom.console.room.board;

import static dev.warroom.console.room.board.Looks.hasPseudoClass;
import static dev.warroom.console.room.board.Looks.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warroom.console.ConsoleOptions;
import dev.warroom.console.WarRoomApp;
import dev.warroom.console.palette.ConsoleTestKit;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationTest;

/** The same war room for a room watching a projector, in 繁體中文: the words and colours follow. */
class ProjectorInTraditionalChineseWindowTest extends ApplicationTest {

    private WarRoomApp app;

    @AfterAll
    static void cleanUp() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Override
    public void start(Stage stage) throws Exception {
        Path root = Path.of(System.getProperty("warroom.root", "../.."));
        Path journal = Files.createTempDirectory("warroom-board").resolve("incident.jsonl");
        app = new WarRoomApp(ConsoleOptions.parse(List.of("--clock", "virtual", "--journal", journal.toString(),
                "--plan", root.resolve("plans/ai-workflow.yaml").toString(), "--lang", "zh-TW", "--theme", "projector")));
        app.start(stage);
    }

    @Override
    public void stop() throws Exception {
        app.stop();
    }

    @Test
    void theBoardSpeaksTraditionalChineseInProjectorColours() throws Exception {
        waitUntil(() -> lookup("#board").tryQuery().isPresent()
                && hasPseudoClass(lookup("#resource-db-prod").query(), "unreachable")
                && hasPseudoClass(lookup("#resource-db-dr").query(), "up"));

        Label banner = lookup("#mode-banner").queryAs(Label.class);
        assertThat(banner.getText()).isEqualTo("TABLETOP 桌面推演");
        assertThat(Looks.background(banner)).isEqualTo(Color.web("#2f81f7"));
        assertThat(lookup("#incident-status").queryAs(Label.class).getText()).isEqualTo("決策中");
        Label unreachable = lookup("#resource-db-prod .wr-badge").queryAs(Label.class);
        assertThat(unreachable.getText()).isEqualTo("無法連線");
        assertThat(unreachable.getTextFill()).isEqualTo(Color.web("#ff5c57"));
        assertThat(lookup("#resource-db-prod .wr-age").queryAs(Label.class).getText()).isEqualTo("從未讀取");
        assertThat(lookup("#resource-db-dr .wr-role").queryAs(Label.class).getText()).isEqualTo("副本");
        assertThat(lookup("#resource-db-dr .wr-lag").queryAs(Label.class).getText()).startsWith("延遲 ");
        assertThat(lookup("#summary-eastus").queryAs(Label.class).getText()).startsWith("13/14 無法連線");
        assertThat(lookup("#identity").queryAs(Label.class).getText()).isEqualTo("無憑證（模擬）");
        assertThat(lookup("#provider-azure").queryAs(Label.class).getText()).contains("無法連線");

        ConsoleTestKit.screenshot(banner.getScene(), "war-room-projector-zh-tw");
    }
}

package dev.warroom.console.room.board;

import static dev.warroom.console.room.board.Looks.hasPseudoClass;
import static dev.warroom.console.room.board.Looks.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warroom.console.palette.ConsoleTestKit;
import javafx.scene.control.Label;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;

/** The same war room for a room watching a projector, in 繁體中文: the words and colours follow. */
class ProjectorInTraditionalChineseWindowTest extends TabletopWindowFixture {

    ProjectorInTraditionalChineseWindowTest() {
        super("--lang", "zh-TW", "--theme", "projector");
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
        assertThat(lookup("#resource-db-prod .wr-error").queryAs(Label.class).getText()).as("the simulated world's error")
                .contains("沒有回應");
        assertThat(lookup("#resource-db-dr .wr-detail").queryAs(Label.class).getText()).as("the simulated world's reading")
                .startsWith("複寫");
        assertThat(lookup("#summary-eastus").queryAs(Label.class).getText()).startsWith("13/14 無法連線");
        assertThat(lookup("#identity").queryAs(Label.class).getText()).isEqualTo("無憑證（模擬）");
        assertThat(lookup("#provider-azure").queryAs(Label.class).getText()).contains("無法連線");

        ConsoleTestKit.screenshot(banner.getScene(), "war-room-projector-zh-tw");
    }
}

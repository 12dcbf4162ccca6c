package dev.warroom.console.room.board;

import static dev.warroom.console.room.board.Looks.hasPseudoClass;
import static dev.warroom.console.room.board.Looks.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warroom.console.palette.ConsoleTestKit;
import javafx.scene.control.Label;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;

/** The war room in a bright room, in 简体中文. */
class DaylightInSimplifiedChineseWindowTest extends TabletopWindowFixture {

    DaylightInSimplifiedChineseWindowTest() {
        super("--lang", "zh-CN", "--theme", "daylight");
    }

    @Test
    void theBoardSpeaksSimplifiedChineseInDaylightColours() throws Exception {
        waitUntil(() -> lookup("#board").tryQuery().isPresent()
                && hasPseudoClass(lookup("#resource-db-prod").query(), "unreachable")
                && hasPseudoClass(lookup("#resource-db-dr").query(), "up"));

        Label banner = lookup("#mode-banner").queryAs(Label.class);
        assertThat(banner.getText()).isEqualTo("TABLETOP 桌面推演");
        assertThat(Looks.background(banner)).isEqualTo(Color.web("#0969da"));
        Label unreachable = lookup("#resource-db-prod .wr-badge").queryAs(Label.class);
        assertThat(unreachable.getText()).isEqualTo("无法连接");
        assertThat(unreachable.getTextFill()).isEqualTo(Color.web("#cf222e"));
        assertThat(lookup("#resource-db-dr .wr-badge").queryAs(Label.class).getText()).isEqualTo("正常");
        assertThat(lookup("#identity").queryAs(Label.class).getText()).isEqualTo("无凭证（模拟）");
        assertThat(lookup("#world").queryAs(Label.class).getText()).isEqualTo("世界：模拟");

        ConsoleTestKit.screenshot(banner.getScene(), "war-room-daylight-zh-cn");
    }
}

package dev.warroom.console.room.procedure;

import static dev.warroom.console.room.procedure.WarRoomHarness.await;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warroom.console.WarRoomApp;
import dev.warroom.console.palette.ConsoleTestKit;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationTest;

/** The tree, procedure and checklists in 繁體中文 and 简体中文 (in daylight), and in the projector's large type. */
class ThemesAndLanguagesTest extends ApplicationTest {

    static {
        WarRoomHarness.prepareScreen();
    }

    @TempDir
    Path temp;
    private WarRoomApp app;

    @Override
    public void start(Stage stage) {
        // each test opens its own console below
    }

    @AfterEach
    void closeTheConsole() throws Exception {
        if (app != null) {
            ConsoleTestKit.stopAndWaitForClosing(app);
        }
    }

    private Stage open(String... options) throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        interact(() -> app = WarRoomHarness.open(stage, temp.resolve("incident.jsonl"), options));
        WarRoomHarness.awaitRoom(this);
        return stage;
    }

    @Test
    void speaksTraditionalChinese() throws Exception {
        Stage stage = open("--clock", "virtual", "--lang", "zh-TW");
        WarRoomHarness.answerIntoFullFailover(this);
        WarRoomHarness.confirmUntil(this, "promote-dr-db");
        WarRoomHarness.screenshot(stage.getScene(), "zh-TW-destructive-step");

        assertThat(text("#typed-hint")).isEqualTo("破壞性步驟：輸入 ai-workflow-db-dr 以確認。");
        assertThat(text("#step-notify-team .wr-step-meta")).startsWith("完成 ");
        assertThat(lookup("#confirm").queryAs(javafx.scene.control.Button.class).getText()).startsWith("確認");
    }

    @Test
    void speaksSimplifiedChinese() throws Exception {
        Stage stage = open("--clock", "virtual", "--lang", "zh-CN", "--theme", "daylight");
        await(() -> lookup("#suggestion").tryQuery().isPresent());
        WarRoomHarness.screenshot(stage.getScene(), "zh-CN-daylight-first-question");

        assertThat(text("#procedure-empty")).startsWith("尚未开始任何程序。请回答上方的问题");
        assertThat(lookup("#suggestion .label").<Label>queryAll().stream().map(Label::getText)).anyMatch(line -> line.startsWith("实时信号建议 1："));
    }

    @Test
    void theProjectorsLargerTypeDrawsLargerNodes() throws Exception {
        Stage stage = open("--clock", "virtual", "--theme", "projector");
        await(() -> lookup("#suggestion").tryQuery().isPresent());
        WarRoomHarness.screenshot(stage.getScene(), "projector-first-question");

        Region node = lookup("#tree-node-region-failure-detected").queryAs(Region.class);
        assertThat(node.getWidth()).as("13 em of the projector's 20 px type").isEqualTo(13 * 20.0);
    }

    private String text(String query) {
        return lookup(query).queryAs(Label.class).getText();
    }
}

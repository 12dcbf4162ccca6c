package dev.warroom.console.room.model;

import static dev.warroom.console.room.procedure.WarRoomHarness.await;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warroom.console.WarRoomApp;
import dev.warroom.console.i18n.Messages;
import dev.warroom.console.palette.ConsoleTestKit;
import dev.warroom.console.room.WarRoomScreen;
import dev.warroom.console.room.procedure.WarRoomHarness;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationTest;

/**
 * In a Chinese room nothing the room says of a refused command, nor a duration, is left in English: the engine's refusal
 * of a command (a value for a procedure that is not running, a step command with no procedure running) shows in the
 * decision panel in the room's language, the timeline counts time since impact in the report's Chinese units, and the
 * room's own "could not record …" and "the engine has not answered in …" are said in Chinese with the engine's words and
 * the duration inside them in Chinese too.
 */
class RefusedCommandsInTheRoomsLanguageTest extends ApplicationTest {

    static {
        WarRoomHarness.prepareScreen();
    }

    /** Two English words in a row: what a sentence left in English shows. */
    private static final Pattern ENGLISH_SENTENCE = Pattern.compile("\\b[A-Za-z]{2,}\\s+[a-z]{2,}\\b");
    private static final Pattern CHINESE_SINCE = Pattern.compile("T[+−](\\d+(天|小時|分|秒|毫秒))+");

    @TempDir
    Path dir;
    private WarRoomApp app;

    @Override
    public void start(Stage stage) {
        // the test opens its own console below
    }

    @AfterEach
    void closeTheConsole() throws Exception {
        if (app != null) {
            ConsoleTestKit.stopAndWaitForClosing(app);
        }
    }

    private IncidentViewModel openInTraditionalChinese() throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        interact(() -> {
            app = new WarRoomApp(ConsoleTestKit.tabletop(dir, "--lang", "zh-TW"));
            app.start(stage);
        });
        WarRoomHarness.awaitRoom(this);
        return lookup("#war-room").queryAs(WarRoomScreen.class).context().vm();
    }

    private String decisionProblem() {
        return lookup("#decision-problem").tryQuery().map(n -> ((Label) n).getText()).orElse("");
    }

    @Test
    void theEnginesRefusalsAndTheTimelinesDurationsReadInChinese() throws Exception {
        IncidentViewModel vm = openInTraditionalChinese();

        interact(() -> vm.setParameter("nowhere", "region", "east", WarRoomHarness.ACTOR));
        await(() -> !decisionProblem().isEmpty());
        assertThat(decisionProblem()).isEqualTo("程序「nowhere」未在執行");

        interact(() -> vm.retry(WarRoomHarness.ACTOR));
        await(() -> decisionProblem().startsWith("沒有可"));
        assertThat(decisionProblem()).isEqualTo("沒有可重試的步驟：沒有正在執行的程序");
        assertThat(ENGLISH_SENTENCE.matcher(decisionProblem()).find()).isFalse();

        List<String> since = lookup(".wr-timeline-since").queryAllAs(Label.class).stream().map(Label::getText)
                .filter(text -> !text.isEmpty()).toList();
        assertThat(since).isNotEmpty().allSatisfy(text -> assertThat(text).matches(CHINESE_SINCE));

        interact(() -> app.messages().setLocale(Messages.ENGLISH));
        await(() -> decisionProblem().equals("no step to retry: no procedure is running"));
    }

    @Test
    void theRoomsOwnProblemsSayTheEnginesWordsAndDurationsInTheRoomsLanguage() {
        Messages chinese = new Messages();
        chinese.setLocale(Messages.TRADITIONAL_CHINESE);

        RoomProblem notRecorded = RoomProblem.room("app.problem.not-recorded",
                RoomProblem.engine("the incident is closed: nothing more can be recorded in it"));
        assertThat(notRecorded.in(chinese)).isEqualTo("無法記錄最新狀態：事件已關閉：無法再記錄任何內容");
        RoomProblem notAnswered = RoomProblem.room("app.problem.not-answered", Duration.ofSeconds(90));
        assertThat(notAnswered.in(chinese)).startsWith("引擎在 1分30秒 內沒有回應");
        assertThat(ENGLISH_SENTENCE.matcher(notRecorded.in(chinese) + notAnswered.in(chinese)).find()).isFalse();

        Messages english = new Messages();
        assertThat(notRecorded.in(english)).isEqualTo("could not record the latest state: the incident is closed: nothing more can be recorded in it");
        assertThat(notAnswered.in(english)).startsWith("the engine has not answered in 1m30s; the command goes on");
    }
}

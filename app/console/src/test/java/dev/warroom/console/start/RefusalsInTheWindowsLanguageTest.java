package dev.warroom.console.start;

import static dev.warroom.console.room.procedure.WarRoomHarness.await;
import static dev.warroom.console.room.procedure.WarRoomHarness.shown;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warroom.console.WarRoomApp;
import dev.warroom.console.i18n.Messages;
import dev.warroom.console.options.ConsoleOptions;
import dev.warroom.console.palette.ConsoleTestKit;
import dev.warroom.console.room.procedure.WarRoomHarness;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationTest;

/**
 * Why the start screen could not open or show an incident is said in the window's language: the service's refusal (a DRILL
 * of a plan broken after it was listed) and the plan's problem lines behind it in 繁體中文, with no English sentence left, and
 * again in English after a switch; a file that is no journal likewise.
 */
class RefusalsInTheWindowsLanguageTest extends ApplicationTest {

    /** Two English words in a row: what a sentence left in English shows, once paths and commands are taken out. */
    private static final Pattern ENGLISH_SENTENCE = Pattern.compile("\\b[A-Za-z]{2,}\\s+[a-z]{2,}\\b");

    static {
        WarRoomHarness.prepareScreen();
    }

    @TempDir
    Path dir;
    private Stage stage;
    private WarRoomApp app;

    @Override
    public void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void close() {
        if (app != null) {
            interact(app::stop);
        }
    }

    private void openTheStartScreen(Path plans) {
        app = new WarRoomApp(ConsoleOptions.parse(List.of("--start", "--clock", "virtual", "--plans", plans.toString(),
                "--incidents", dir.resolve("incidents").toString(), "--actor", "alice")));
        interact(() -> app.start(stage));
        await(() -> lookup("#start-status").queryAs(Label.class).getText().endsWith("plans ready")
                && !lookup("#start-open").queryButton().isDisabled());
    }

    private String failure() {
        return lookup("#start-failure").queryAs(Label.class).getText();
    }

    @Test
    void aDrillOfAPlanBrokenAfterItWasListedIsRefusedInTheWindowsLanguage() throws Exception {
        Path plans = Files.createDirectories(dir.resolve("plans"));
        Path plan = Files.copy(ConsoleTestKit.plans().resolve("ai-workflow.yaml"), plans.resolve("ai-workflow.yaml"));
        openTheStartScreen(plans);
        interact(() -> app.messages().setLocale(Messages.TRADITIONAL_CHINESE));
        Files.writeString(plan, Files.readString(plan, StandardCharsets.UTF_8).replaceFirst("\nsystem:", "\nsystemz: x\nsystem:"),
                StandardCharsets.UTF_8);

        clickOn("#mode-drill");
        clickOn("#start-open");
        await(() -> shown(lookup("#start-failure").query()));

        String said = failure();
        assertThat(said).startsWith("無法開啟：").contains(plan + ":").contains("：錯誤：未知的屬性「systemz」")
                .endsWith(plan + " 未通過驗證；請先修正（warroom validate " + plan + "）");
        String withoutPathsOrCommands = said.replace(plan.toString(), "").replace("warroom validate", "");
        assertThat(ENGLISH_SENTENCE.matcher(withoutPathsOrCommands).find()).as(said).isFalse();

        interact(() -> app.messages().setLocale(Messages.ENGLISH));
        assertThat(failure()).startsWith("Could not open: ").contains(": error: unknown property 'systemz'")
                .endsWith(plan + " does not validate; fix it first (warroom validate " + plan + ")");
    }

    @Test
    void aFileThatHoldsNoIncidentIsSaidInTheWindowsLanguage() throws Exception {
        openTheStartScreen(ConsoleTestKit.plans());
        interact(() -> app.messages().setLocale(Messages.SIMPLIFIED_CHINESE));
        Path notes = Files.writeString(dir.resolve("notes.txt"), "not a journal\n", StandardCharsets.UTF_8);

        interact(() -> lookup("#start").queryAs(StartScreen.class).viewModel().showJournal(notes));
        await(() -> shown(lookup("#start-failure").query()));

        assertThat(failure()).isEqualTo("无法打开：" + notes + "：不是 WarRoom 能读取的事件日志");
    }
}

package dev.warroom.console.palette;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warroom.console.WarRoomApp;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/** The palette, the keys, the language and theme switches and the report, from the war room's keyboard. */
class CommandPaletteTest extends ApplicationTest {

    @TempDir
    Path dir;
    private WarRoomApp app;
    private Stage stage;

    @BeforeAll
    static void screen() {
        ConsoleTestKit.roomyHeadlessScreen();
    }

    @Override
    public void start(Stage stage) {
        this.stage = stage;
        app = new WarRoomApp(ConsoleTestKit.tabletop(dir));
        app.start(stage);
    }

    @Override
    public void stop() throws Exception {
        ConsoleTestKit.stopAndWaitForClosing(app);
    }

    private void awaitTheRoom() throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> lookup("#timeline-list").tryQuery().isPresent()
                && !lookup("#timeline-list").queryListView().getItems().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private ListView<CommandSearch.Entry> results() {
        return lookup("#palette-results").queryListView();
    }

    private boolean showing(String id) {
        return lookup(id).tryQuery().map(Node::isVisible).orElse(false) && lookup(id).query().getScene() != null;
    }

    @Test
    void ctrlKListsEveryCommandWithItsKeyAndTypingNarrowsTheList() throws Exception {
        awaitTheRoom();

        press(KeyCode.CONTROL).type(KeyCode.K).release(KeyCode.CONTROL);
        assertThat(showing("#palette")).isTrue();
        assertThat(lookup("#palette-query").queryAs(TextField.class).isFocused()).isTrue();
        List<String> names = results().getItems().stream().map(CommandSearch.Entry::name).toList();
        assertThat(names).contains("Command palette", "Keyboard shortcuts", "Write a note on the timeline", "Record an issue found",
                "Language: 繁體中文", "Theme: daylight", "Write the report", "Go to the timeline", "Start screen");
        assertThat(results().getItems()).filteredOn(e -> e.name().equals("Write a note on the timeline"))
                .extracting(CommandSearch.Entry::keyText).containsExactly("N");
        assertThat(results().getItems()).filteredOn(e -> e.name().equals("Command palette"))
                .extracting(CommandSearch.Entry::keyText).containsExactly("Ctrl+K · Ctrl+Shift+P");
        ConsoleTestKit.screenshot(stage.getScene(), "palette-dark");

        write("theme");
        assertThat(results().getItems()).extracting(CommandSearch.Entry::name)
                .containsExactly("Theme: war-room dark", "Theme: daylight", "Theme: projector");

        type(KeyCode.ESCAPE);
        assertThat(showing("#palette")).isFalse();
    }

    @Test
    void choosingChineseInThePaletteSwitchesEveryBoundText() throws Exception {
        awaitTheRoom();
        Label heading = lookup("#timeline-heading").queryAs(Label.class);
        assertThat(heading.getText()).isEqualTo("Timeline");

        press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.P).release(KeyCode.SHIFT, KeyCode.CONTROL);
        write("繁體");
        assertThat(results().getItems()).extracting(CommandSearch.Entry::name).containsExactly("Language: 繁體中文");
        type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(showing("#palette")).isFalse();
        assertThat(heading.getText()).isEqualTo("時間軸");
        assertThat(stage.getTitle()).isEqualTo("WarRoom 作戰室");
        assertThat(lookup("#note-kind-issue").queryLabeled().getText()).isEqualTo("問題  I");
        ConsoleTestKit.screenshot(stage.getScene(), "war-room-zh-tw-dark");
    }

    @Test
    void choosingAThemeInThePaletteRestylesTheScene() throws Exception {
        awaitTheRoom();
        assertThat(stage.getScene().getStylesheets()).anyMatch(s -> s.endsWith("war-room-dark.css"));

        press(KeyCode.CONTROL).type(KeyCode.K).release(KeyCode.CONTROL);
        write("daylight");
        type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(stage.getScene().getStylesheets()).anyMatch(s -> s.endsWith("daylight.css"))
                .noneMatch(s -> s.endsWith("war-room-dark.css")).anyMatch(s -> s.endsWith("timeline.css"));
        ConsoleTestKit.screenshot(stage.getScene(), "war-room-daylight");

        press(KeyCode.CONTROL).type(KeyCode.K).release(KeyCode.CONTROL);
        write("projector");
        type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.getScene().getStylesheets()).anyMatch(s -> s.endsWith("projector.css")).noneMatch(s -> s.endsWith("daylight.css"));
        ConsoleTestKit.screenshot(stage.getScene(), "war-room-projector");
    }

    @Test
    void f1ShowsEveryKeyAndKeepsTheRoomsKeysAwayWhileOpen() throws Exception {
        awaitTheRoom();

        type(KeyCode.F1);
        assertThat(showing("#help")).isTrue();
        List<String> shown = lookup("#help-keys .label").queryAllAs(Label.class).stream().map(Label::getText).toList();
        assertThat(shown).contains("Ctrl+K · Ctrl+Shift+P", "Command palette", "N", "Write a note on the timeline", "I", "A",
                "Ctrl+Shift+R", "Write the report");
        ConsoleTestKit.screenshot(stage.getScene(), "help-dark");

        type(KeyCode.N);
        assertThat(lookup("#note-field").queryAs(TextField.class).isFocused()).isFalse();
        type(KeyCode.ESCAPE);
        assertThat(showing("#help")).isFalse();
    }

    @Test
    void ctrlShiftRWritesTheMarkdownReportNextToTheJournalAndSaysWhere() throws Exception {
        awaitTheRoom();
        type(KeyCode.N);
        write("Failover rehearsal started");
        type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("#timeline-list").queryListView().getItems().stream()
                .anyMatch(e -> e.toString().contains("Failover rehearsal started")));
        type(KeyCode.ESCAPE);

        press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.R).release(KeyCode.SHIFT, KeyCode.CONTROL);
        Path report = dir.resolve("incident.md");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(report) && lookup(".wr-toast").tryQuery().isPresent());

        String markdown = Files.readString(report, StandardCharsets.UTF_8);
        assertThat(markdown).contains("## Timeline", "Incident opened in TABLETOP mode", "Failover rehearsal started", "alice");
        assertThat(lookup(".wr-toast").queryAs(Label.class).getText()).isEqualTo("Report written to " + report.toAbsolutePath());
    }
}

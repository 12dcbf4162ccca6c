package dev.warroom.console.room.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warroom.console.WarRoomApp;
import dev.warroom.console.palette.ConsoleTestKit;
import dev.warroom.console.room.model.TimelineEntry;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
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

/** The live timeline in the war room: what happened, in order, filterable, and a note one key away. */
class TimelinePaneTest extends ApplicationTest {

    @TempDir
    Path dir;
    private WarRoomApp app;

    @BeforeAll
    static void screen() {
        ConsoleTestKit.roomyHeadlessScreen();
    }

    @Override
    public void start(Stage stage) {
        app = new WarRoomApp(ConsoleTestKit.tabletop(dir));
        app.start(stage);
    }

    @Override
    public void stop() throws Exception {
        ConsoleTestKit.stopAndWaitForClosing(app);
    }

    private ListView<TimelineEntry> timeline() {
        return lookup("#timeline-list").queryListView();
    }

    private void awaitTheRoom() throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> lookup("#timeline-list").tryQuery().isPresent()
                && timeline().getItems().size() >= 3);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void awaitEntry(String kind, String event) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> timeline().getItems().stream()
                .anyMatch(e -> e.kind().equals(kind) && e.event().equals(event)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private List<String> visibleEvents() {
        return lookup(".wr-timeline-event").queryAllAs(Label.class).stream().filter(l -> l.isVisible() && l.getScene() != null)
                .map(Label::getText).toList();
    }

    @Test
    void showsTheOpeningEventsInWords() throws Exception {
        awaitTheRoom();

        List<TimelineEntry> entries = timeline().getItems();
        assertThat(entries.get(0).kind()).isEqualTo("incident");
        assertThat(entries.get(0).event()).startsWith("Incident opened in TABLETOP mode on the simulated world");
        assertThat(entries).extracting(TimelineEntry::kind).contains("inject", "decision");
        assertThat(entries).extracting(TimelineEntry::seq).isSorted();
        ConsoleTestKit.screenshot(timeline().getScene(), "war-room-timeline-dark");
        assertThat(visibleEvents()).contains(entries.get(entries.size() - 1).event());
    }

    @Test
    void aNoteTypedAfterNAndAnIssueAfterIAppearOnTheTimeline() throws Exception {
        awaitTheRoom();

        type(KeyCode.N);
        assertThat(lookup("#note-field").queryAs(TextField.class).isFocused()).isTrue();
        write("Database team paged");
        type(KeyCode.ENTER);
        awaitEntry("note", "Database team paged");

        type(KeyCode.ESCAPE);
        assertThat(lookup("#note-field").queryAs(TextField.class).isFocused()).isFalse();
        type(KeyCode.I);
        write("Replica lag alarm stayed silent while the primary region was already failing over to West Europe");
        type(KeyCode.ENTER);
        awaitEntry("issue", "Replica lag alarm stayed silent while the primary region was already failing over to West Europe");

        ConsoleTestKit.screenshot(timeline().getScene(), "war-room-notes-dark");
        TimelineEntry issue = timeline().getItems().get(timeline().getItems().size() - 1);
        assertThat(issue.actor()).isEqualTo("alice");
        assertThat(visibleEvents()).contains("Database team paged",
                "Replica lag alarm stayed silent while the primary region was already failing over to West Europe");
        assertThat(lookup("#note-field").queryAs(TextField.class).getText()).isEmpty();
    }

    @Test
    void aKindChipHidesAndShowsThatKind() throws Exception {
        awaitTheRoom();
        int all = timeline().getItems().size();
        assertThat(timeline().getItems()).anyMatch(e -> e.kind().equals("inject"));

        clickOn("#filter-inject");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(timeline().getItems()).noneMatch(e -> e.kind().equals("inject")).isNotEmpty();
        long shown = timeline().getItems().size();
        assertThat(lookup("#timeline-count").queryAs(Label.class).getText()).startsWith(shown + " of ");

        clickOn("#filter-inject");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(timeline().getItems()).hasSizeGreaterThanOrEqualTo(all).anyMatch(e -> e.kind().equals("inject"));
    }

    @Test
    void readingBackStopsFollowingTheNewestUntilTheCommanderJumpsBack() throws Exception {
        awaitTheRoom();
        assertThat(lookup("#timeline-latest").query().isVisible()).isFalse();

        press(KeyCode.CONTROL).type(KeyCode.DIGIT3).release(KeyCode.CONTROL);
        assertThat(timeline().isFocused()).isTrue();
        type(KeyCode.HOME);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> lookup("#timeline-latest").query().isVisible());
        type(KeyCode.A);
        write("Review the paging rota");
        type(KeyCode.ENTER);
        awaitEntry("action-item", "Review the paging rota");
        assertThat(visibleEvents()).doesNotContain("Review the paging rota");

        clickOn("#timeline-latest");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(visibleEvents()).contains("Review the paging rota");
        assertThat(lookup("#timeline-latest").query().isVisible()).isFalse();
    }
}

package dev.warroom.console.report;

import static dev.warroom.console.room.procedure.WarRoomHarness.await;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warroom.console.WarRoomApp;
import dev.warroom.console.options.ConsoleOptions;
import dev.warroom.console.palette.ConsoleTestKit;
import dev.warroom.core.incident.EventTypes;
import dev.warroom.core.journal.JournalEvent;
import dev.warroom.core.journal.JournalReader;
import dev.warroom.core.journal.JournalSeal;
import dev.warroom.core.journal.JournalVerifier;
import dev.warroom.core.journal.Verdict;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationTest;

/**
 * The report of an incident that is over, from the start screen: a finished tabletop journal in the incidents
 * folder is listed with Report; Ctrl+Shift+E opens the report view on it, and a field the author fills is
 * appended to the journal under a new seal that still verifies.
 */
class ReportFromTheStartScreenTest extends ApplicationTest {

    @TempDir
    Path dir;
    private WarRoomApp app;
    private Path journal;

    @BeforeAll
    static void screen() {
        ConsoleTestKit.roomyHeadlessScreen();
    }

    @Override
    public void start(Stage stage) throws Exception {
        Path incidents = Files.createDirectories(dir.resolve("incidents"));
        journal = incidents.resolve("ai-workflow-over.jsonl");
        ConsoleTestKit.openAndLeave(ConsoleTestKit.plans().resolve("ai-workflow.yaml"), journal, "bob",
                handle -> handle.commands().abort("the drill ran out of time").get());
        app = new WarRoomApp(ConsoleOptions.parse(List.of("--start", "--clock", "virtual", "--plans", ConsoleTestKit.plans().toString(),
                "--incidents", incidents.toString(), "--actor", "alice")));
        app.useForReports((format, suggested, owner) -> Optional.of(dir.resolve("report.html")), new StandardReportMaking());
        app.start(stage);
    }

    @Override
    public void stop() throws Exception {
        ConsoleTestKit.stopAndWaitForClosing(app);
    }

    @Test
    void aFinishedIncidentOpensItsReportWhoseFieldIsAppendedUnderANewSeal() throws Exception {
        int sealsBefore = JournalVerifier.verify(journal).seal().map(JournalSeal::number).orElse(0);
        await(() -> !lookup("#finished-list").queryListView().getItems().isEmpty());
        ListView<?> finished = lookup("#finished-list").queryListView();
        assertThat(finished.getItems()).hasSize(1);
        assertThat(lookup("#unfinished-list").queryListView().getItems()).as("an incident that is over is not offered to resume").isEmpty();
        assertThat(lookup("#finished-list .label").queryAllAs(Label.class).stream().map(Label::getText))
                .anyMatch(text -> text.contains("aborted")).contains("ai-workflow-over.jsonl");
        assertThat(lookup("#start-report").queryButton().getText()).startsWith("Report");
        assertThat(lookup("#start-report").queryButton().isDisabled()).as("nothing chosen yet").isTrue();

        clickOn(lookup("#finished-list .list-cell").nth(0).queryAs(Node.class));
        assertThat(lookup("#start-report").queryButton().isDisabled()).isFalse();
        press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.E).release(KeyCode.SHIFT, KeyCode.CONTROL);

        await(() -> app.reportWindow().isPresent() && lookup("#report-title").tryQuery().isPresent());
        assertThat(text("#report-title")).contains("AI Workflow");
        assertThat(text("#report-check")).startsWith("chain intact, ");
        assertThat(lookup(".wr-report-to-fill").queryAll()).as("fields left for the author").isNotEmpty();

        targetWindow(app.reportWindow().orElseThrow());
        press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.N).release(KeyCode.SHIFT, KeyCode.CONTROL);
        await(() -> lookup(".wr-report-to-fill .text-area").queryAll().stream().anyMatch(Node::isFocused));
        String field = lookup(".wr-report-to-fill").queryAll().iterator().next().getId().substring("field-".length());
        write("The drill's clock ran out before failback");
        press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);

        await(() -> text("#report-status").startsWith("Journalled") || text("#report-status").startsWith("Not journalled"));
        assertThat(text("#report-status")).isEqualTo("Journalled.");
        JournalEvent entry = fieldSet(field).orElseThrow();
        assertThat(entry.actor()).isEqualTo("alice");
        assertThat(entry.data().toString()).contains("clock ran out before failback");
        Verdict verdict = JournalVerifier.verify(journal);
        assertThat(verdict.ok()).as(verdict.problem().map(Object::toString).orElse("")).isTrue();
        JournalSeal sealedAfter = verdict.seal().orElseThrow();
        assertThat(sealedAfter.number()).as("a new seal").isGreaterThan(sealsBefore);
        assertThat(sealedAfter.events()).as("the new seal covers the entry").isEqualTo(verdict.eventCount());
        await(() -> lookup("#field-" + field).tryQuery().isEmpty());
    }

    private Optional<JournalEvent> fieldSet(String field) throws Exception {
        return JournalReader.read(journal).events().stream()
                .filter(e -> EventTypes.REPORT_FIELD_SET.equals(e.type()) && field.equals(e.data().path("field").asText()))
                .findFirst();
    }

    private String text(String query) {
        return lookup(query).queryAs(Label.class).getText();
    }
}

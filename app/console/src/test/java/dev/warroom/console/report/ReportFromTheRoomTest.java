package dev.warroom.console.report;

import static dev.warroom.console.room.procedure.WarRoomHarness.await;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warroom.console.room.procedure.WarRoomFixture;
import dev.warroom.console.room.procedure.WarRoomHarness;
import dev.warroom.core.incident.EventTypes;
import dev.warroom.core.journal.JournalEvent;
import dev.warroom.core.journal.JournalReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.shape.Shape;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;

/**
 * The report view from the war room, on the real document builder and renderers: Ctrl+Shift+E opens it on
 * the incident as it runs, its charts drawn as shapes; a field the author fills is journalled by the
 * incident's writer; the HTML export holds the entry.
 */
class ReportFromTheRoomTest extends WarRoomFixture {

    @Test
    void ctrlShiftEOpensTheIncidentsReportWhoseFieldIsJournalledAndExportedToHtml() throws Exception {
        Path html = temp.resolve("exported").resolve("report.html");
        interact(() -> app.useForReports((format, suggested, owner) -> Optional.of(html), new StandardReportMaking()));
        WarRoomHarness.answerIntoFullFailover(this);
        WarRoomHarness.confirm(this, WarRoomHarness.currentStep(this).orElseThrow());

        press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.E).release(KeyCode.SHIFT, KeyCode.CONTROL);
        await(() -> app.reportWindow().isPresent() && lookup("#report-title").tryQuery().isPresent());
        assertThat(text("#report-title")).contains("AI Workflow");
        assertThat(text("#report-check")).startsWith("chain intact, ");
        List<Node> charts = List.copyOf(lookup(".wr-report-chart").queryAll());
        assertThat(charts).as("the incident report's charts").isNotEmpty();
        assertThat(charts).allSatisfy(chart -> assertThat(shapes(chart)).as(chart.getId() + " drawn as shapes").isPositive());
        assertThat(lookup(".wr-report-to-fill").queryAll()).as("fields left for the author").isNotEmpty();

        targetWindow(app.reportWindow().orElseThrow());
        press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.N).release(KeyCode.SHIFT, KeyCode.CONTROL);
        await(() -> lookup(".wr-report-to-fill .text-area").queryAll().stream().anyMatch(Node::isFocused));
        String field = lookup(".wr-report-to-fill").queryAll().iterator().next().getId().substring("field-".length());
        write("The DR replica's disk filled up overnight");
        press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);

        await(() -> text("#report-status").startsWith("Journalled") || text("#report-status").startsWith("Not journalled"));
        assertThat(text("#report-status")).isEqualTo("Journalled.");
        assertThat(fieldSet(field)).as("report.field-set for " + field + " in the journal").isPresent();
        assertThat(fieldSet(field).orElseThrow().actor()).isEqualTo(WarRoomHarness.ACTOR);
        await(() -> lookup("#field-" + field).tryQuery().isEmpty());

        press(KeyCode.CONTROL).type(KeyCode.E).release(KeyCode.CONTROL);
        await(() -> text("#report-status").startsWith("HTML written to "));
        assertThat(Files.readString(html, StandardCharsets.UTF_8)).contains("<html").contains("disk filled up overnight");
        WarRoomHarness.screenshot(app.reportWindow().orElseThrow().getScene(), "report-from-the-room");
    }

    private Optional<JournalEvent> fieldSet(String field) throws Exception {
        return JournalReader.read(temp.resolve("incident.jsonl")).events().stream()
                .filter(e -> EventTypes.REPORT_FIELD_SET.equals(e.type()) && field.equals(e.data().path("field").asText()))
                .findFirst();
    }

    private String text(String query) {
        return lookup(query).queryAs(Label.class).getText();
    }

    private static long shapes(Node node) {
        if (node instanceof Shape && !(node instanceof Text)) {
            return 1;
        }
        return node instanceof Parent parent ? parent.getChildrenUnmodifiable().stream().mapToLong(ReportFromTheRoomTest::shapes).sum() : 0;
    }
}

package dev.warroom.console.report;

import static dev.warroom.console.room.procedure.WarRoomHarness.await;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warroom.console.i18n.Messages;
import dev.warroom.console.keys.Shortcuts;
import dev.warroom.console.palette.ConsoleTestKit;
import dev.warroom.console.room.procedure.WarRoomHarness;
import dev.warroom.console.tasks.Background;
import dev.warroom.console.theme.Theme;
import dev.warroom.console.theme.Themes;
import dev.warroom.core.incident.EventTypes;
import dev.warroom.core.text.TextLanguage;
import dev.warroom.report.ReportFormat;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.shape.Shape;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationTest;

/**
 * The report view over a hand-built document: sections laid out, charts drawn as shapes, a field the
 * author fills journalled and shown in place, the template and the language rebuilding the preview, and
 * exports written off the FX thread with their outcome in words.
 */
class ReportViewTest extends ApplicationTest {

    static {
        WarRoomHarness.prepareScreen();
    }

    @TempDir
    Path dir;
    private InMemoryJournal journal;
    private ReportViewModel vm;
    private ReportView view;
    private final CountDownLatch renderHeld = new CountDownLatch(1);
    private final CountDownLatch renderRelease = new CountDownLatch(1);
    private volatile boolean holdRenders;
    private volatile Path exportTo;

    @Override
    public void start(Stage stage) {
        journal = new InMemoryJournal(dir.resolve("incident.jsonl"), ConsoleTestKit.plan(ConsoleTestKit.plans().resolve("ai-workflow.yaml")),
                12);
        exportTo = dir.resolve("report.html");
        ReportMaking maker = HandBuiltReports.maker((document, format, out) -> {
            if (holdRenders) {
                renderHeld.countDown();
                try {
                    renderRelease.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            HandBuiltReports.plainText(document, format, out);
        });
        vm = new ReportViewModel(journal, maker, new Background(Platform::runLater), TextLanguage.ENGLISH);
        Shortcuts shortcuts = new Shortcuts();
        view = new ReportView(vm, new Messages(), shortcuts, (format, suggested, owner) -> Optional.of(exportTo));
        Scene scene = new Scene(view, 1366, 768);
        Themes.apply(scene, Theme.WAR_ROOM_DARK);
        shortcuts.install(scene);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() {
        renderRelease.countDown();
        interact(() -> {
            view.stop();
            vm.close();
        });
    }

    @Test
    void thePreviewLaysOutTheSectionsAndDrawsEachChartAsShapes() {
        await(() -> lookup("#report-section-summary").tryQuery().isPresent());
        assertThat(text("#report-title")).isEqualTo("Incident report: AI Workflow Platform");
        assertThat(text("#report-check")).startsWith("chain intact, 12 events");
        for (String section : List.of("summary", "recovery-objectives", "steps", "criteria", "notes", "root-cause", "conclusion")) {
            assertThat(lookup("#report-section-" + section).tryQuery()).as(section).isPresent();
        }
        for (int chart = 0; chart < 4; chart++) {
            Node drawn = lookup("#report-chart-" + chart).query();
            assertThat(shapes(drawn)).as("chart " + chart + " is drawn with shapes").isGreaterThanOrEqualTo(3);
        }
        List<String> chartWords = lookup(".wr-report-chart-text").queryAllAs(javafx.scene.text.Text.class).stream()
                .map(javafx.scene.text.Text::getText).toList();
        assertThat(chartWords).as("a label longer than the chart's label column is cut with an ellipsis, not silently")
                .doesNotContain(HandBuiltReports.LONG_STEP)
                .anySatisfy(words -> assertThat(words).startsWith("Check the DR").endsWith("…"));
        assertThat(lookup("#report-table-steps .label").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("<script>alert(1)</script>", "⚠ not verified", "✗ failed");
        assertThat(lookup("#field-root-cause").tryQuery()).as("an empty field, marked to fill").isPresent();
        assertThat(text("#report-status")).contains("8 sections");
        WarRoomHarness.screenshot(view.getScene(), "report-view-hand-built");
    }

    @Test
    void aFieldTheAuthorFillsIsJournalledAndTakesItsPlaceInTheReport() {
        await(() -> lookup("#field-text-root-cause").tryQuery().isPresent());
        goToField("root-cause");
        write("The replica's disk filled up");
        clickOn("#field-save-root-cause");

        await(() -> journal.events.stream().anyMatch(e -> EventTypes.REPORT_FIELD_SET.equals(e.type())
                && e.text("field").equals("root-cause") && e.text("value").equals("The replica's disk filled up")));
        await(() -> lookup("#field-root-cause").tryQuery().isEmpty());
        assertThat(lookup("#report-section-root-cause .label").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("The replica's disk filled up");
        assertThat(text("#report-status")).isEqualTo("Journalled.");
    }

    @Test
    void anActionItemsOwnerAndDueDateEnteredInTheTableAreJournalledUnderTheirRowAndColumnAndShown() {
        await(() -> lookup("#cell-text-action-items-note-3-owner").tryQuery().isPresent());
        TextField owner = lookup("#cell-text-action-items-note-3-owner").queryAs(TextField.class);
        assertThat(owner.getText()).isEmpty();
        assertThat(owner.getPromptText()).isEqualTo("to fill");
        assertThat(owner.getStyleClass()).contains("wr-mark-to-fill");

        enterInCell("owner", "Ana");
        await(() -> cellEntry("owner", "Ana"));
        enterInCell("due", "2027-01-15");
        await(() -> cellEntry("due", "2027-01-15"));

        await(() -> text("#cell-state-action-items-note-3-due").equals("Journalled."));
        await(() -> lookup("#cell-text-action-items-note-3-due").queryAs(TextField.class).getStyleClass().contains("wr-mark-plain"));
        assertThat(lookup("#report-table-action-items .text-field").queryAllAs(TextField.class)).extracting(TextField::getText)
                .containsExactly("Ana", "2027-01-15");
        assertThat(lookup("#cell-text-action-items-note-3-owner").queryAs(TextField.class).getStyleClass()).contains("wr-mark-plain")
                .doesNotContain("wr-mark-to-fill");
        assertThat(text("#report-status")).isEqualTo("Journalled.");
    }

    @Test
    void aCellEntryTheJournalRefusesSaysWhyBesideTheCell() {
        await(() -> lookup("#cell-text-action-items-note-3-owner").tryQuery().isPresent());
        enterInCell("owner", "refuse this");
        await(() -> text("#cell-state-action-items-note-3-owner").startsWith("Not journalled: "));
        assertThat(text("#cell-state-action-items-note-3-owner"))
                .isEqualTo("Not journalled: the field action-items is not in this template");
        assertThat(lookup("#cell-text-action-items-note-3-owner").queryAs(TextField.class).getText()).isEqualTo("refuse this");
        assertThat(journal.events).noneMatch(e -> EventTypes.REPORT_FIELD_SET.equals(e.type()));
    }

    /** Puts the keyboard in the action item's cell of {@code column}, types {@code value} and presses Enter. */
    private void enterInCell(String column, String value) {
        String id = "#cell-text-action-items-" + HandBuiltReports.ACTION_ROW + "-" + column;
        interact(() -> lookup(id).query().requestFocus());
        await(() -> lookup(id).query().isFocused());
        write(value);
        type(KeyCode.ENTER);
    }

    private boolean cellEntry(String column, String value) {
        return journal.events.stream().anyMatch(e -> EventTypes.REPORT_FIELD_SET.equals(e.type()) && e.text("field").equals("action-items")
                && e.text("row").equals(HandBuiltReports.ACTION_ROW) && e.text("column").equals(column) && e.text("value").equals(value));
    }

    @Test
    void anEntryTheJournalRefusesSaysWhyBesideTheField() {
        await(() -> lookup("#field-text-conclusion").tryQuery().isPresent());
        press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.N).release(KeyCode.SHIFT, KeyCode.CONTROL);
        await(() -> lookup("#field-text-root-cause").query().isFocused());
        press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.N).release(KeyCode.SHIFT, KeyCode.CONTROL);
        await(() -> lookup("#field-text-conclusion").query().isFocused());
        write("refuse this");
        press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);
        await(() -> text("#field-state-conclusion").startsWith("Not journalled: "));
        assertThat(text("#field-state-conclusion")).isEqualTo("Not journalled: the field conclusion is not in this template");
        assertThat(lookup("#field-text-conclusion").queryAs(TextArea.class).getText()).isEqualTo("refuse this");
    }

    @Test
    void theTemplateAndTheLanguageRebuildThePreview() {
        await(() -> lookup("#report-title").tryQuery().isPresent());
        ChoiceBox<?> template = lookup("#report-template").queryAs(ChoiceBox.class);
        assertThat(template.getItems()).hasSize(2);
        interact(() -> vm.templateProperty().set(HandBuiltReports.DRILL));
        await(() -> text("#report-title").startsWith("Drill report"));
        interact(() -> vm.languageProperty().set(TextLanguage.TRADITIONAL_CHINESE));
        await(() -> text("#report-title").equals("Drill report：AI 工作流程平台"));
        assertThat(text("#report-check")).startsWith("雜湊鏈完整");
    }

    @Test
    void theJournalGrowingRebuildsThePreviewWhichHoldsStillWhileAFieldIsTyped() {
        await(() -> lookup("#field-text-conclusion").tryQuery().isPresent());
        appendNotes(3);
        await(() -> text("#report-check").startsWith("chain intact, 15 events"));

        goToField("conclusion");
        write("half a sent");
        appendNotes(2);
        await(() -> vm.documentProperty().get().journal().words().startsWith("chain intact, 17 events"));
        assertThat(text("#report-check")).as("the page holds still while the author types").startsWith("chain intact, 15 events");
        write("ence");
        assertThat(lookup("#field-text-conclusion").queryAs(TextArea.class).getText()).isEqualTo("half a sentence");

        goToField("root-cause");
        await(() -> text("#report-check").startsWith("chain intact, 17 events"));
        assertThat(lookup("#field-text-conclusion").queryAs(TextArea.class).getText()).as("the draft stays in its box")
                .isEqualTo("half a sentence");
    }

    private void appendNotes(int count) {
        for (int i = 0; i < count; i++) {
            journal.append("note", com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode().put("text", "more " + i));
        }
    }

    @Test
    void anExportIsWrittenOffTheFxThreadWhichStaysTheAuthorsMeanwhile() throws Exception {
        await(() -> lookup("#field-text-root-cause").tryQuery().isPresent());
        goToField("root-cause");
        write("Disk full on the replica");
        clickOn("#field-save-root-cause");
        await(() -> lookup("#field-root-cause").tryQuery().isEmpty());

        holdRenders = true;
        clickOn("#report-export");
        assertThat(renderHeld.await(30, TimeUnit.SECONDS)).as("the renderer runs, and holds").isTrue();
        await(() -> text("#report-status").equals("Writing the report…"));
        // the FX thread is free: the author types into another field while the file is being written
        goToField("conclusion");
        write("typed while the export is held");
        assertThat(lookup("#field-text-conclusion").queryAs(TextArea.class).getText()).isEqualTo("typed while the export is held");
        assertThat(Files.exists(exportTo)).as("nothing written before the renderer is let go").isFalse();
        assertThat(renderRelease.getCount()).isEqualTo(1);
        renderRelease.countDown();

        await(() -> text("#report-status").startsWith("HTML written to "));
        assertThat(text("#report-status")).isEqualTo("HTML written to " + exportTo.toAbsolutePath());
        assertThat(Files.readString(exportTo, StandardCharsets.UTF_8)).startsWith("html").contains("Disk full on the replica");
    }

    @Test
    void anExportThatCannotBeWrittenSaysWhyInWords() throws Exception {
        await(() -> lookup("#report-title").tryQuery().isPresent());
        Path notAFolder = Files.writeString(dir.resolve("plain-file"), "x");
        exportTo = notAFolder.resolve("report.md");
        interact(() -> view.formatChoice().setValue(ReportFormat.MD));
        press(KeyCode.CONTROL).type(KeyCode.E).release(KeyCode.CONTROL);
        await(() -> text("#report-status").startsWith("Could not write "));
        assertThat(text("#report-status")).startsWith("Could not write " + exportTo + ": ");
        assertThat(Files.exists(exportTo)).isFalse();
    }

    /** Scrolls the field into view with the keyboard in it, as Ctrl+Shift+N does. */
    private void goToField(String field) {
        interact(() -> view.showField((FieldBox) lookup("#field-" + field).query()));
        await(() -> lookup("#field-text-" + field).query().isFocused());
    }

    private String text(String query) {
        Node node = lookup(query).query();
        return node instanceof Label label ? label.getText() : ((javafx.scene.control.Labeled) node).getText();
    }

    private static long shapes(Node node) {
        if (node instanceof Shape && !(node instanceof Text)) {
            return 1;
        }
        return node instanceof Parent parent ? parent.getChildrenUnmodifiable().stream().mapToLong(ReportViewTest::shapes).sum() : 0;
    }

}

package dev.warroom.console.facilitator;

import static dev.warroom.console.room.procedure.WarRoomHarness.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.warroom.console.WarRoomApp;
import dev.warroom.console.i18n.Messages;
import dev.warroom.console.palette.ConsoleTestKit;
import dev.warroom.console.room.WarRoomScreen;
import dev.warroom.console.room.procedure.WarRoomHarness;
import dev.warroom.core.drill.CriterionVerdict;
import dev.warroom.core.drill.DrillState;
import dev.warroom.core.drill.Verdict;
import dev.warroom.core.plan.model.Drill;
import dev.warroom.core.plan.model.SuccessCriterion;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The end of the Q1 database drill as the facilitator sees it: once the journal has judged what it measured, a verdict
 * row is offered only for the criteria it left (none for RTO, RPO or data loss, which it judged itself), with no verdict
 * chosen in advance: Enter without a verdict, or without evidence, records nothing and says what is missing. After
 * the language changes every word the window shows is in the new language, the choices shown in its choice boxes, the
 * verdicts given and the action items among them.
 */
class EndOfTheDrillWordsTest extends ApplicationTest {

    static {
        WarRoomHarness.prepareScreen();
    }

    private static final String DRILL = "db-primary-drill-q1";
    private static final String EVIDENCE = "Two pods needed a restart by hand";

    @TempDir
    Path dir;
    private WarRoomApp app;

    @Override
    public void start(Stage stage) {
        // the test opens its own console
    }

    @AfterEach
    void closeTheConsole() throws Exception {
        if (app != null) {
            WaitForAsyncUtils.asyncFx(app::stop).get(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void onlyTheCriteriaTheJournalLeftAreOfferedAndTheirWordsFollowTheLanguage() throws Exception {
        Stage room = FxToolkit.registerPrimaryStage();
        interact(() -> {
            app = new WarRoomApp(ConsoleTestKit.tabletop(dir, "--clock", "accelerated", "--speed", "60", "--drill", DRILL, "--facilitator"));
            app.start(room);
        });
        WarRoomHarness.awaitRoom(this);
        await(() -> app.facilitatorWindow().isPresent() && drill().isPresent());
        targetWindow(app.facilitatorWindow().orElseThrow());
        Drill plan = ConsoleTestKit.plan(ConsoleTestKit.plans().resolve("ai-workflow.yaml")).drills().stream()
                .filter(d -> d.id().equals(DRILL)).findFirst().orElseThrow();

        press(KeyCode.CONTROL, KeyCode.DIGIT4).release(KeyCode.DIGIT4, KeyCode.CONTROL);
        interact(() -> lookup("#end-reason").query().requestFocus());
        write("Time is up for today's session");
        type(KeyCode.ENTER);
        await(() -> state().status().isOver() && !lookup("#judge-measured").queryButton().isDisabled());
        press(KeyCode.ALT, KeyCode.J).release(KeyCode.J, KeyCode.ALT);
        await(() -> drill().orElseThrow().verdicts().stream().filter(v -> v.actor().equals("journal")).count() >= 3
                && lookup("#judge-measured").queryButton().isDisabled());
        WaitForAsyncUtils.waitForFxEvents();

        DrillState judged = drill().orElseThrow();
        List<String> leftToTheFacilitator = plan.successCriteria().stream().map(SuccessCriterion::id)
                .filter(id -> judged.verdict(id).isEmpty()).toList();
        assertThat(leftToTheFacilitator).as("criteria the journal cannot judge").containsExactly("apps-recover");
        assertThat(verdictRows()).as("the criteria a verdict row is offered for").containsExactlyElementsOf(leftToTheFacilitator);

        interact(() -> lookup("#evidence-apps-recover").query().requestFocus());
        write(EVIDENCE);
        type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        // nothing is chosen for the facilitator: without a verdict the row says so, puts the keyboard on the choice
        assertThat(shownChoice("#verdict-apps-recover")).isEqualTo("choose…");
        assertThat(text("#verdict-problem-apps-recover")).isEqualTo("Choose met, not met or undetermined: nothing is recorded until you do");
        assertThat(lookup("#verdict-apps-recover").query().isFocused()).isTrue();
        interact(() -> lookup("#verdict-apps-recover").queryAs(ComboBox.class).getSelectionModel().select(Verdict.NOT_MET));
        // and without evidence it says that, with the keyboard on the evidence
        interact(() -> {
            lookup("#evidence-apps-recover").queryAs(TextField.class).clear();
            lookup("#evidence-apps-recover").query().requestFocus();
        });
        type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text("#verdict-problem-apps-recover")).isEqualTo("Write the evidence: nothing is recorded without it");
        assertThat(lookup("#evidence-apps-recover").query().isFocused()).isTrue();
        write(EVIDENCE);
        type(KeyCode.ENTER);
        await(() -> drill().orElseThrow().verdict("apps-recover").isPresent());
        // the commands reach the journal in order: had Enter given a verdict before one was chosen, it would be here first
        assertThat(drill().orElseThrow().verdicts()).filteredOn(v -> v.criterion().equals("apps-recover"))
                .as("the verdict the facilitator chose, and none before it").extracting(CriterionVerdict::verdict, CriterionVerdict::evidence)
                .containsExactly(tuple(Verdict.NOT_MET, EVIDENCE));
        assertThat(text("#verdict-problem-apps-recover")).isEmpty();
        interact(() -> lookup("#action-text").query().requestFocus());
        write("Lower the Prometheus scrape interval to 15s");
        interact(() -> lookup("#action-owner").query().requestFocus());
        write("erin");
        interact(() -> lookup("#action-due").query().requestFocus());
        write("2027-01-15");
        type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shownChoice("#verdict-apps-recover")).isEqualTo("not met");
        assertThat(text("#verdict-given-apps-recover")).isEqualTo("not met (by alice)");

        interact(() -> app.messages().setLocale(Messages.TRADITIONAL_CHINESE));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shownChoice("#verdict-apps-recover")).isEqualTo("未達成");
        assertThat(text("#verdict-given-apps-recover")).isEqualTo("未達成（alice）");
        ListView<?> actions = lookup("#action-items").queryListView();
        assertThat(lookup("#action-items .list-cell").queryAllAs(Labeled.class)).extracting(Labeled::getText)
                .contains("Lower the Prometheus scrape interval to 15s — erin，期限 2027-01-15");
        assertThat(actions.getItems()).hasSize(1);
        press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shownChoice("#observation-kind")).isEqualTo("備註");
        interact(() -> lookup("#observation-kind").queryAs(ComboBox.class).show());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup(".combo-box-popup .list-cell").queryAllAs(Labeled.class)).extracting(Labeled::getText)
                .contains("優點", "待改進", "備註").doesNotContain("strength", "note");
        interact(() -> lookup("#observation-kind").queryAs(ComboBox.class).hide());
    }

    /** The criterion of each verdict row, in the order the rows show. */
    private List<String> verdictRows() {
        return lookup("#verdicts").queryAs(VBox.class).getChildren().stream().map(row -> ((VerdictRow) row).criterionId()).toList();
    }

    /** The words a choice box shows for its chosen item. */
    private String shownChoice(String query) {
        return lookup(query).queryAs(ComboBox.class).getButtonCell().getText();
    }

    private String text(String query) {
        return lookup(query).queryAs(Labeled.class).getText();
    }

    private dev.warroom.core.incident.IncidentState state() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> lookup("#war-room").queryAs(WarRoomScreen.class).context().vm().stateProperty().get())
                .get(10, TimeUnit.SECONDS);
    }

    private java.util.Optional<DrillState> drill() throws Exception {
        return state().drill();
    }
}

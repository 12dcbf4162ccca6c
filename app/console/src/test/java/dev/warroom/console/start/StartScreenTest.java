package dev.warroom.console.start;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warroom.console.WarRoomApp;
import dev.warroom.console.i18n.Messages;
import dev.warroom.console.options.ConsoleOptions;
import dev.warroom.console.palette.ConsoleTestKit;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/** The start screen (--start): plans, a plan file that does not validate, the LIVE confirmation, resuming, opening. */
class StartScreenTest extends ApplicationTest {

    @TempDir
    Path dir;
    private WarRoomApp app;
    private Stage stage;
    private Path unfinished;

    @BeforeAll
    static void screen() {
        ConsoleTestKit.roomyHeadlessScreen();
    }

    @Override
    public void start(Stage stage) throws Exception {
        this.stage = stage;
        Path incidents = Files.createDirectories(dir.resolve("incidents"));
        unfinished = StartViewModelTest.unfinishedIncident(incidents.resolve("ai-workflow-left-open.jsonl"));
        app = new WarRoomApp(ConsoleOptions.parse(List.of("--start", "--clock", "virtual", "--plans", ConsoleTestKit.plans().toString(),
                "--incidents", incidents.toString(), "--actor", "alice")));
        app.start(stage);
    }

    @Override
    public void stop() throws Exception {
        ConsoleTestKit.stopAndWaitForClosing(app);
    }

    private void awaitThePlans() throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> lookup("#start-status").queryAs(Label.class).getText().endsWith("plans ready")
                && !lookup("#unfinished-list").queryListView().getItems().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private StartViewModel viewModel() {
        return lookup("#start").queryAs(StartScreen.class).viewModel();
    }

    private boolean showing(String id) {
        return lookup(id).tryQuery().map(n -> n.isVisible() && n.getScene() == stage.getScene()).orElse(false);
    }

    @Test
    void refusesAPlanFileThatDoesNotValidateShowingTheValidatorsLines() throws Exception {
        awaitThePlans();
        assertThat(lookup("#start-system").queryAs(Label.class).getText()).isEqualTo("AI Workflow Platform");
        assertThat(lookup("#start-open").queryButton().isDisabled()).isFalse();
        ConsoleTestKit.screenshot(stage.getScene(), "start-dark");

        Path broken = dir.resolve("broken.yaml");
        Files.writeString(broken, Files.readString(ConsoleTestKit.plans().resolve("ai-workflow.yaml"), StandardCharsets.UTF_8)
                .replaceFirst("formatVersion: 1", "formatVersion: one"), StandardCharsets.UTF_8);
        interact(() -> viewModel().openFile(broken));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !lookup("#start-problems .label").queryAll().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();

        List<String> lines = lookup("#start-problems .label").queryAllAs(Label.class).stream().map(Label::getText).toList();
        assertThat(lines).isNotEmpty().allMatch(line -> line.matches(".*broken\\.yaml:\\d+:\\d+: error: .+"));
        assertThat(lookup("#start-system").queryAs(Label.class).getText()).isEqualTo("broken.yaml");
        assertThat(lookup("#start-open").queryButton().isDisabled()).isTrue();
        assertThat(lookup("#start-blocker").queryAs(Label.class).getText()).contains("does not validate");
        ConsoleTestKit.screenshot(stage.getScene(), "start-invalid-plan-dark");
    }

    @Test
    void aPlanFileThatDoesNotValidateIsExplainedInTheWindowsLanguageWithWhereEachProblemStands() throws Exception {
        awaitThePlans();
        interact(() -> app.messages().setLocale(Messages.TRADITIONAL_CHINESE));
        Path broken = dir.resolve("broken.yaml");
        Files.writeString(broken, Files.readString(ConsoleTestKit.plans().resolve("ai-workflow.yaml"), StandardCharsets.UTF_8)
                .replaceFirst("\nsystem:", "\nsystemz: x\nsystem:").replaceFirst("rto: \\S+", "rto: 45 minutes"), StandardCharsets.UTF_8);
        interact(() -> viewModel().openFile(broken));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !lookup("#start-problems .label").queryAll().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();

        List<String> lines = lookup("#start-problems .label").queryAllAs(Label.class).stream().map(Label::getText).toList();
        assertThat(lines).hasSize(2).allMatch(line -> line.matches(".*broken\\.yaml:\\d+:\\d+：錯誤：.+"))
                .anyMatch(line -> line.endsWith("：錯誤：未知的屬性「systemz」（是否是指「system」？）"))
                .anyMatch(line -> line.contains("：錯誤：rto：「45 minutes」不是時間長度"));
        ListView<dev.warroom.core.plan.PlanDirectory.Entry> plans = lookup("#plan-list").queryListView();
        assertThat(lookup("#plan-list .label").queryAllAs(Label.class)).anySatisfy(label -> assertThat(label.getText())
                .contains("broken.yaml:").contains("：錯誤：").doesNotContain("error"));
        ConsoleTestKit.screenshot(stage.getScene(), "start-invalid-plan-zh-TW");

        interact(() -> app.messages().setLocale(Messages.ENGLISH));
        assertThat(lookup("#start-problems .label").queryAllAs(Label.class)).extracting(Label::getText)
                .anyMatch(line -> line.endsWith(": error: unknown property 'systemz' (did you mean 'system'?)"));
        assertThat(plans.getItems()).isNotEmpty();
    }

    @Test
    void liveAsksForTheTypedWordWhenItOpensAndCancellingOpensNothing() throws Exception {
        awaitThePlans();
        // LIVE gets as far as the typed word only for a plan the real connectors can run (the seed plans have live blockers)
        ListView<dev.warroom.core.plan.PlanDirectory.Entry> plans = lookup("#plan-list").queryListView();
        var lab = plans.getItems().stream().filter(entry -> entry.file().getFileName().toString().equals("local-lab.yaml"))
                .findFirst().orElseThrow(() -> new AssertionError("the local lab plan is listed"));
        interact(() -> plans.getSelectionModel().select(lab));

        clickOn("#mode-live");
        assertThat(lookup("#mode-live").queryAs(ToggleButton.class).isSelected()).isTrue();
        assertThat(showing("#live-confirmation")).as("choosing the mode asks nothing yet").isFalse();
        assertThat(lookup("#start-blocker").queryAs(Label.class).getText())
                .isEqualTo("Shows who the connectors act as, then opens a LIVE incident once you type LIVE.");
        ConsoleTestKit.screenshot(stage.getScene(), "start-live-dark");

        clickOn("#start-open");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> showing("#live-confirmation"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup("#live-confirm").queryButton().isDisabled()).isTrue();
        assertThat(lookup("#live-identity-web").queryAs(Label.class).getText()).startsWith("web: ");
        assertThat(lookup("#start-resume").queryButton().isDisabled()).as("nothing else starts meanwhile").isTrue();
        ConsoleTestKit.screenshot(stage.getScene(), "start-live-confirmation-dark");
        clickOn("#live-cancel");
        assertThat(showing("#live-confirmation")).isFalse();
        assertThat(lookup("#war-room").tryQuery()).isEmpty();
        assertThat(lookup("#mode-live").queryAs(ToggleButton.class).isSelected()).isTrue();

        clickOn("#start-open");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> showing("#live-confirmation"));
        write("live");
        type(KeyCode.ENTER);
        assertThat(showing("#live-confirmation")).as("only the exact word").isTrue();
        type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(showing("#live-confirmation")).isFalse();
        assertThat(lookup("#war-room").tryQuery()).isEmpty();
        assertThat(lookup("#start-open").queryButton().isDisabled()).isFalse();

        clickOn("#mode-tabletop");
        assertThat(lookup("#mode-tabletop").queryAs(ToggleButton.class).isSelected()).isTrue();
        assertThat(lookup("#start-blocker").queryAs(Label.class).getText()).isEqualTo("Opens a TABLETOP incident on the simulated world.");
    }

    @Test
    void resumesAnUnfinishedIncidentIntoTheWarRoom() throws Exception {
        awaitThePlans();
        ListView<UnfinishedIncident> list = lookup("#unfinished-list").queryListView();
        assertThat(list.getItems()).extracting(UnfinishedIncident::journal).containsExactly(unfinished);
        assertThat(lookup(".wr-resume-meta").queryAllAs(Label.class)).extracting(Label::getText)
                .anyMatch(meta -> meta.startsWith("ai-workflow · TABLETOP · opened ") && meta.endsWith(" events"))
                .contains("ai-workflow-left-open.jsonl");

        clickOn(".wr-resume-title");
        clickOn("#start-resume");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> lookup("#war-room").tryQuery().isPresent()
                && lookup("#timeline-list").queryListView().getItems().stream()
                        .anyMatch(e -> e.toString().contains("Incident resumed from the journal")));

        assertThat(lookup("#timeline-list").queryListView().getItems()).anyMatch(e -> e.toString().contains("left for the night"));
    }

    @Test
    void ctrlEnterOpensTheWarRoomAndCtrlShiftOComesBackHereWithAWayBack() throws Exception {
        awaitThePlans();

        press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> lookup("#war-room").tryQuery().isPresent());
        Node room = lookup("#war-room").query();

        press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.O).release(KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> showing("#start-back"));
        assertThat(lookup("#start-back").queryAs(Button.class).getText()).isEqualTo("Back to the war room  Escape");

        type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.getScene().lookup("#war-room")).isSameAs(room);
    }

    @Test
    void aDrillIsChosenFromTheKeyboardWithItsOwnTargetsNeverInLiveAndOpensWithEnter() throws Exception {
        awaitThePlans();
        ListView<dev.warroom.core.plan.model.Drill> drills = lookup("#drill-list").queryListView();
        assertThat(drills.getItems()).extracting(d -> d.id()).contains("db-primary-drill-q1");
        assertThat(showing("#drill-details")).as("no drill chosen yet").isFalse();

        press(KeyCode.CONTROL).type(KeyCode.D).release(KeyCode.CONTROL);
        type(KeyCode.HOME);
        for (int i = 0; i < drills.getItems().size() && !chosen("db-primary-drill-q1"); i++) {
            type(KeyCode.DOWN);
        }
        assertThat(chosen("db-primary-drill-q1")).isTrue();
        assertThat(lookup("#drill-chosen").queryAs(Label.class).getText()).isEqualTo("Database Primary Failure Drill");
        assertThat(lookup("#drill-criterion-rto").queryAs(Label.class).getText()).isEqualTo("• RTO < 5 minutes — RTO within 5m");
        assertThat(lookup("#drill-criterion-data-loss").queryAs(Label.class).getText()).isEqualTo("• No data loss — no data lost");
        String custom = viewModel().drillProperty().get().successCriteria().stream()
                .filter(c -> c.metric() == dev.warroom.core.plan.model.CriterionMetric.CUSTOM).findFirst().orElseThrow().id();
        assertThat(lookup("#drill-criterion-" + custom).queryAs(Label.class).getText())
                .isEqualTo("• Applications recover on their own — yes or no, judged by the facilitator");
        assertThat(lookup("#mode-live").queryAs(ToggleButton.class).isDisabled()).as("LIVE is not offered for a drill").isTrue();
        assertThat(lookup("#start-scenario").queryComboBox().isDisabled()).isTrue();
        assertThat(((dev.warroom.core.plan.model.Scenario) lookup("#start-scenario").queryComboBox().getValue()).id())
                .isEqualTo("db-primary-failure");
        assertThat(lookup("#start-blocker").queryAs(Label.class).getText())
                .startsWith("Opens the drill “Database Primary Failure Drill” as a TABLETOP");
        ConsoleTestKit.screenshot(stage.getScene(), "start-drill-dark");

        type(KeyCode.DELETE);
        assertThat(viewModel().drillProperty().get()).isNull();
        assertThat(showing("#drill-details")).isFalse();
        assertThat(lookup("#mode-live").queryAs(ToggleButton.class).isDisabled()).isFalse();

        type(KeyCode.DOWN);
        assertThat(viewModel().drillProperty().get()).isNotNull();
        String drill = viewModel().drillProperty().get().id();
        type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> lookup("#war-room").tryQuery().isPresent());
        assertThat(lookup("#war-room").queryAs(dev.warroom.console.room.WarRoomScreen.class).context().vm().stateProperty().get().drill())
                .get().extracting(d -> d.drillId()).isEqualTo(drill);
    }

    private boolean chosen(String drillId) {
        return viewModel().drillProperty().get() != null && viewModel().drillProperty().get().id().equals(drillId);
    }
}

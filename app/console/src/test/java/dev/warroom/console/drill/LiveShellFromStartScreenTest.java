package dev.warroom.console.drill;

import static dev.warroom.console.room.procedure.WarRoomHarness.await;
import static dev.warroom.console.room.procedure.WarRoomHarness.has;
import static dev.warroom.console.room.procedure.WarRoomHarness.shown;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warroom.console.WarRoomApp;
import dev.warroom.console.options.ConsoleOptions;
import dev.warroom.console.palette.ConsoleTestKit;
import dev.warroom.console.room.procedure.WarRoomHarness;
import dev.warroom.core.incident.EventTypes;
import dev.warroom.core.journal.JournalEvent;
import dev.warroom.core.journal.JournalReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationTest;

/**
 * A LIVE incident on a plan with a shell.run step, from the start screen: the commander is asked, unticked,
 * whether the plan's shell commands may run, seeing each command; the confirmation sheet and the journal
 * say what was chosen, and the command runs only when allowed and its step confirmed. The command only
 * writes a file in the test's own folder; the plan's one resource is a health endpoint on 127.0.0.1.
 */
class LiveShellFromStartScreenTest extends ApplicationTest {

    private static final String COMMAND = "echo ran > shell-ran.txt";

    @TempDir
    Path dir;
    private LoopbackDrill drill;
    private Stage stage;
    private WarRoomApp app;
    private Path plans;
    private Path incidents;

    @BeforeAll
    static void screen() {
        ConsoleTestKit.roomyHeadlessScreen();
    }

    @Override
    public void start(Stage stage) throws Exception {
        this.stage = stage;
        drill = new LoopbackDrill();
        plans = dir.resolve("plans");
        Files.createDirectories(plans);
        Files.writeString(plans.resolve("loopback-shell.yaml"), plan(drill.url("/health")), StandardCharsets.UTF_8);
        incidents = dir.resolve("incidents");
        app = startApp("alice");
        app.start(stage);
    }

    private WarRoomApp startApp(String actor) {
        return new WarRoomApp(ConsoleOptions.parse(List.of("--start", "--plans", plans.toString(), "--incidents", incidents.toString(),
                "--actor", actor)));
    }

    private static String plan(String healthUrl) {
        return """
                # yaml-language-server: $schema=./schema/plan.schema.json
                formatVersion: 1
                id: loopback-shell
                system: 本機指令演練
                source:
                  document: 本機指令演練計畫
                targets:
                  rto: 15m
                  rpo: 5m
                sites:
                  - id: primary
                    title: 主站
                    role: primary
                    resources:
                      - id: api
                        kind: http-health
                        title: 主站 API
                        observe: {url: "%s"}
                decisionTree:
                  start: mark
                  nodes:
                    - id: mark
                      type: procedure
                      title: 留下記號
                      procedure: mark
                      next: done
                    - id: done
                      type: end
                      title: 完成
                procedures:
                  - id: mark
                    title: 留下記號
                    steps:
                      - id: write-marker
                        type: action
                        title: 寫下記號檔
                        titleEn: Write the marker file
                        role: commander
                        action:
                          kind: shell.run
                          params: {command: "%s"}
                        verify: {title: 記號已寫下, condition: manual-check}
                        timeout: 30s
                roles:
                  - {id: commander, title: 事件指揮官}
                """.formatted(healthUrl, COMMAND);
    }

    @Override
    public void stop() throws Exception {
        ConsoleTestKit.stopAndWaitForClosing(app);
    }

    @AfterEach
    void stopServing() {
        drill.close();
    }

    private Path marker() {
        return plans.resolve("shell-ran.txt");
    }

    private void awaitThePlan() {
        await(() -> lookup("#start-system").queryAs(Label.class).getText().equals("本機指令演練")
                && !lookup("#start-open").queryButton().isDisabled());
    }

    private boolean showing(String id) {
        return lookup(id).tryQuery().map(n -> shown(n) && n.getScene() == stage.getScene()).orElse(false);
    }

    private String text(String id) {
        return lookup(id).queryAs(Label.class).getText();
    }

    private String words(String id) {
        return lookup(id + " .label").queryAllAs(Label.class).stream().map(Label::getText).reduce("", (a, b) -> a + " | " + b);
    }

    private List<JournalEvent> journal() throws Exception {
        try (Stream<Path> files = Files.list(incidents)) {
            List<Path> journals = files.filter(f -> f.toString().endsWith(".jsonl")).toList();
            assertThat(journals).hasSize(1);
            return JournalReader.read(journals.get(0)).events();
        }
    }

    private static JournalEvent first(List<JournalEvent> events, String type) {
        return events.stream().filter(e -> e.type().equals(type)).findFirst().orElseThrow();
    }

    /** Chooses LIVE and waits for the shell question, unticked, naming the plan's one command. */
    private void chooseLiveAndSeeTheQuestion() {
        awaitThePlan();
        clickOn("#mode-live");
        await(() -> showing("#shell-choice"));
        CheckBox allow = lookup("#shell-choice-allow").queryAs(CheckBox.class);
        assertThat(allow.isSelected()).as("the question starts unticked").isFalse();
        assertThat(allow.getText()).isEqualTo("Allow this plan's 1 shell command to run on this machine");
        assertThat(words("#shell-choice-commands")).contains("寫下記號檔 — Write the marker file", COMMAND);
    }

    private void typeLiveAndAwaitTheRoom() {
        write("LIVE");
        type(KeyCode.ENTER);
        await(() -> lookup("#war-room").tryQuery().isPresent());
    }

    private void awaitTheStepProposed() {
        await(() -> lookup("#step-write-marker").tryQuery().map(row -> has(row, "proposed")).orElse(false)
                && lookup("#step-preview-summary").tryQuery().isPresent() && !lookup("#confirm").queryAs(Button.class).isDisabled());
    }

    @Test
    void liveAsksUntickedAndLeftUntickedTheJournalSaysSoAndTheConfirmedStepIsRefusedWithoutRunning() throws Exception {
        awaitThePlan();
        assertThat(showing("#shell-choice")).as("TABLETOP runs shell commands only in the simulated world").isFalse();
        clickOn("#mode-drill");
        assertThat(showing("#shell-choice")).as("a DRILL never runs a shell command").isFalse();
        chooseLiveAndSeeTheQuestion();
        ConsoleTestKit.screenshot(stage.getScene(), "start-live-shell-dark");

        clickOn("#start-open");
        await(() -> showing("#live-confirmation") && lookup("#live-identity-web").tryQuery().isPresent());
        assertThat(text("#live-shell")).isEqualTo("Shell commands: not allowed. This plan's 1 shell command will be refused and will not run.");
        typeLiveAndAwaitTheRoom();

        assertThat(first(journal(), EventTypes.OPENED).data().path("shellAllowed").asBoolean(true)).isFalse();
        awaitTheStepProposed();
        clickOn("#confirm");
        await(() -> has(lookup("#step-write-marker").query(), "failed"));
        JournalEvent failed = first(journal(), EventTypes.STEP_FAILED);
        assertThat(failed.data().toString()).contains("refused to run a shell command", "--allow-shell",
                "on the console's start screen");
        assertThat(marker()).as("nothing ran").doesNotExist();
    }

    @Test
    void tickedTheSheetSaysTheCommandWillRunTheJournalSaysItWasAllowedAndTheConfirmedStepRunsIt() throws Exception {
        chooseLiveAndSeeTheQuestion();
        clickOn("#shell-choice-allow");
        assertThat(lookup("#shell-choice-allow").queryAs(CheckBox.class).isSelected()).isTrue();

        clickOn("#start-open");
        await(() -> showing("#live-confirmation") && lookup("#live-identity-web").tryQuery().isPresent());
        assertThat(text("#live-shell")).isEqualTo(
                "Shell commands: allowed. This plan's 1 shell command will run on this machine when you confirm its step.");
        typeLiveAndAwaitTheRoom();

        assertThat(first(journal(), EventTypes.OPENED).data().path("shellAllowed").asBoolean()).isTrue();
        awaitTheStepProposed();
        assertThat(lookup("#step-call").queryAs(TextArea.class).getText()).contains(COMMAND);
        assertThat(marker()).as("not before the step is confirmed").doesNotExist();
        clickOn("#confirm");
        WarRoomHarness.answerCheckIfAsked(this, "write-marker");
        await(() -> has(lookup("#step-write-marker").query(), "done"));
        assertThat(Files.readString(marker(), StandardCharsets.UTF_8)).isEqualTo("ran\n");
    }

    @Test
    void resumingALiveIncidentAsksAgainAndTheResumeRecordsTheNewChoice() throws Exception {
        chooseLiveAndSeeTheQuestion();
        clickOn("#start-open");
        await(() -> showing("#live-confirmation") && lookup("#live-identity-web").tryQuery().isPresent());
        typeLiveAndAwaitTheRoom();
        awaitTheStepProposed();
        interact(() -> {
            try {
                app.stop();
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });

        app = startApp("bob");
        interact(() -> app.start(stage));
        await(() -> !lookup("#unfinished-list").queryListView().getItems().isEmpty());
        assertThat(showing("#resume-shell-choice")).as("asked only once a LIVE incident is chosen").isFalse();
        clickOn(".wr-resume-title");
        await(() -> showing("#resume-shell-choice"));
        assertThat(lookup("#resume-shell-choice-allow").queryAs(CheckBox.class).isSelected()).as("asked again, unticked").isFalse();
        assertThat(words("#resume-shell-choice-commands")).contains(COMMAND);
        clickOn("#resume-shell-choice-allow");
        clickOn("#start-resume");
        await(() -> showing("#live-confirmation") && lookup("#live-identity-web").tryQuery().isPresent());
        assertThat(text("#live-shell")).startsWith("Shell commands: allowed.");
        typeLiveAndAwaitTheRoom();

        await(() -> journal().stream().anyMatch(e -> e.type().equals(EventTypes.RESUMED)));
        List<JournalEvent> events = journal();
        assertThat(first(events, EventTypes.OPENED).data().path("shellAllowed").asBoolean(true)).isFalse();
        assertThat(first(events, EventTypes.RESUMED).data().path("shellAllowed").asBoolean()).isTrue();
        await(() -> lookup("#timeline-list").queryListView().getItems().stream()
                .anyMatch(e -> e.toString().contains("Incident resumed from the journal, shell commands allowed")));
        awaitTheStepProposed();
        clickOn("#confirm");
        WarRoomHarness.answerCheckIfAsked(this, "write-marker");
        await(() -> has(lookup("#step-write-marker").query(), "done"));
        assertThat(marker()).exists();
    }
}

package dev.warroom.console.room.header;

import static dev.warroom.console.room.procedure.WarRoomHarness.await;
import static dev.warroom.console.room.procedure.WarRoomHarness.has;
import static dev.warroom.console.room.procedure.WarRoomHarness.shown;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warroom.console.WarRoomApp;
import dev.warroom.console.i18n.Messages;
import dev.warroom.console.keys.Shortcuts;
import dev.warroom.console.options.ConsoleOptions;
import dev.warroom.console.palette.ConsoleTestKit;
import dev.warroom.console.room.WarRoomScreen;
import dev.warroom.console.room.model.IncidentViewModel;
import dev.warroom.console.room.model.RoomContext;
import dev.warroom.console.room.model.TimelineEntry;
import dev.warroom.console.room.procedure.WarRoomHarness;
import dev.warroom.console.tasks.Background;
import dev.warroom.console.theme.Theme;
import dev.warroom.console.theme.Themes;
import dev.warroom.core.incident.Mode;
import dev.warroom.service.ClockChoice;
import dev.warroom.service.IncidentHandle;
import dev.warroom.service.IncidentService;
import dev.warroom.service.OpenRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A TABLETOP from the command line shows its war room before its plan is checked: a strip says the plan is being
 * checked and no step can be confirmed until the checks pass; then the strip goes and the steps can be confirmed. A
 * plan that fails its checks keeps every step held and lists its problems.
 */
class PlanChecksInTheRoomTest extends ApplicationTest {

    static {
        WarRoomHarness.prepareScreen();
    }

    @TempDir
    Path dir;
    private Stage stage;
    private WarRoomApp app;
    private IncidentHandle handle;
    private IncidentViewModel vm;
    private WarRoomScreen screen;
    private final Background background = new Background(Platform::runLater);

    @Override
    public void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void close() throws Exception {
        if (app != null) {
            interact(app::stop);
        }
        if (vm != null) {
            interact(() -> {
                screen.stop();
                vm.close();
            });
            background.shutdown();
            handle.close();
        }
    }

    @Test
    void whileThePlanIsCheckedTheRoomIsThereAndItsStepsWait() throws Exception {
        handle = new IncidentService().openBeforeChecking(OpenRequest.of(ConsoleTestKit.plans().resolve("ai-workflow.yaml"),
                Mode.TABLETOP, Optional.of("region-failure"), dir.resolve("incident.jsonl"), "alice", ClockChoice.virtualTime()));
        interact(this::showRoom);

        assertThat(shown(lookup("#plan-check").query())).isTrue();
        assertThat(has(lookup("#plan-check").query(), "checking")).isTrue();
        assertThat(lookup("#plan-check-headline").queryAs(Label.class).getText()).startsWith("Checking the plan…");
        WarRoomHarness.screenshot(stage.getScene(), "plan-check-checking");
        WarRoomHarness.answerIntoFullFailover(this);
        String step = WarRoomHarness.currentStep(this).orElseThrow();
        Button confirm = lookup("#confirm").queryAs(Button.class);
        assertThat(has(lookup("#step-" + step).query(), "proposed")).isTrue();
        assertThat(confirm.isDisabled()).as("held while the plan is checked").isTrue();
        type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(has(lookup("#step-" + step).query(), "proposed")).as("Enter confirmed nothing").isTrue();

        interact(() -> vm.planChecking().start());

        await(() -> !confirm.isDisabled());
        assertThat(lookup("#plan-check").query().isVisible()).as("the strip is gone once the checks pass").isFalse();
        assertThat(lookup("#plan-check").query().isManaged()).isFalse();
        WarRoomHarness.confirm(this, step);
        await(() -> has(lookup("#step-" + step).query(), "done"));
    }

    @Test
    void aPlanThatFailsItsChecksShowsItsProblemsAndNoStepOfItRuns() throws Exception {
        Path plan = dir.resolve("ai-workflow.yaml");
        Files.writeString(plan, Files.readString(ConsoleTestKit.plans().resolve("ai-workflow.yaml"))
                .replaceFirst("(?m)^formatVersion: 1$", "formatVersion: 99"));
        app = new WarRoomApp(ConsoleOptions.parse(List.of("--clock", "virtual", "--journal", dir.resolve("incident.jsonl").toString(),
                "--plan", plan.toString(), "--actor", "alice")));
        interact(() -> app.start(stage));

        await(() -> lookup("#plan-check").tryQuery().map(strip -> has(strip, "failed")).orElse(false));
        Node strip = lookup("#plan-check").query();
        WarRoomHarness.screenshot(stage.getScene(), "plan-check-failed");
        assertThat(shown(strip)).isTrue();
        assertThat(lookup("#plan-check-headline").queryAs(Label.class).getText()).contains("does not validate").contains("no step");
        assertThat(lookup("#plan-check .wr-plan-check-problem").queryAllAs(Label.class)).isNotEmpty()
                .allSatisfy(problem -> assertThat(problem.getText()).startsWith(plan + ":"));
        WarRoomHarness.answerIntoFullFailover(this);
        String step = WarRoomHarness.currentStep(this).orElseThrow();
        type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup("#confirm").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(has(lookup("#step-" + step).query(), "proposed")).isTrue();
        assertThat(has(strip, "failed")).as("still failed, for good").isTrue();
        assertThat(lookup("#abort").queryAs(Button.class).isDisabled()).as("the incident can still be abandoned").isFalse();
        await(() -> timeline().stream().anyMatch(e -> e.event().startsWith("The plan failed its checks")));
        assertThat(timeline()).filteredOn(e -> e.event().startsWith("The plan failed its checks")).singleElement()
                .satisfies(e -> assertThat(e.outcome()).as("the problems the strip showed").startsWith(plan + ":"));
    }

    @Test
    void aChineseRoomSaysItsPlansProblemsInChineseWithWhereEachStandsAsWritten() throws Exception {
        Path plan = dir.resolve("ai-workflow.yaml");
        Files.writeString(plan, Files.readString(ConsoleTestKit.plans().resolve("ai-workflow.yaml")).replaceFirst("next: ", "next: nowhere-"));
        app = new WarRoomApp(ConsoleOptions.parse(List.of("--clock", "virtual", "--journal", dir.resolve("incident.jsonl").toString(),
                "--plan", plan.toString(), "--actor", "alice", "--lang", "zh-TW")));
        interact(() -> app.start(stage));

        await(() -> lookup("#plan-check").tryQuery().map(strip -> has(strip, "failed")).orElse(false));
        WarRoomHarness.screenshot(stage.getScene(), "plan-check-failed-zh-TW");
        assertThat(lookup("#plan-check-headline").queryAs(Label.class).getText()).contains("未通過驗證");
        assertThat(lookup("#plan-check .wr-plan-check-problem").queryAllAs(Label.class)).singleElement()
                .satisfies(problem -> assertThat(problem.getText()).startsWith(plan + ":").contains("：錯誤：未知的節點「nowhere-")
                        .doesNotContain("error").doesNotContain("unknown node"));
        await(() -> timeline().stream().anyMatch(e -> e.event().startsWith("計劃未通過檢查")));
        assertThat(timeline()).filteredOn(e -> e.event().startsWith("計劃未通過檢查")).singleElement()
                .satisfies(e -> assertThat(e.outcome()).startsWith(plan + ":").contains("未知的節點").doesNotContain("unknown node"));
    }

    private List<TimelineEntry> timeline() {
        ListView<TimelineEntry> list = lookup("#timeline-list").queryListView();
        return List.copyOf(list.getItems());
    }

    private void showRoom() {
        vm = new IncidentViewModel(handle, background);
        Shortcuts shortcuts = new Shortcuts();
        screen = new WarRoomScreen(new RoomContext(vm, new Messages(), "alice", shortcuts));
        Scene scene = new Scene(new javafx.scene.Group(), 1366, 768);
        Themes.apply(scene, Theme.WAR_ROOM_DARK);
        scene.setRoot(screen);
        shortcuts.install(scene);
        stage.setScene(scene);
        stage.show();
    }
}

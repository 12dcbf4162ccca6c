package dev.warroom.console.start;

import static dev.warroom.console.room.procedure.WarRoomHarness.await;
import static dev.warroom.console.room.procedure.WarRoomHarness.has;
import static dev.warroom.console.room.procedure.WarRoomHarness.shown;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warroom.console.WarRoomApp;
import dev.warroom.console.options.ConsoleOptions;
import dev.warroom.console.palette.ConsoleTestKit;
import dev.warroom.console.room.procedure.WarRoomHarness;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A TABLETOP opened from the start screen on a plan it listed as valid opens as checked: the plan's bytes are the ones
 * the start screen checked, so no strip says it is being checked and its steps can be confirmed at once. A plan broken
 * after the start screen listed it opens no DRILL (checked first, refused in the checks' words) and, in TABLETOP, a
 * room that says the plan is being checked, then lists its problems, and in which no step runs.
 */
class TabletopFromTheStartScreenTest extends ApplicationTest {

    static {
        WarRoomHarness.prepareScreen();
    }

    @TempDir
    Path dir;
    private Stage stage;
    private WarRoomApp app;
    /** What the room's strip said when the room's scene went on the stage. */
    private final List<String> atFirstSight = new ArrayList<>();

    @Override
    public void start(Stage stage) {
        this.stage = stage;
        stage.sceneProperty().addListener((obs, old, now) -> noteTheRoomAsItArrives(now));
    }

    @AfterEach
    void close() {
        if (app != null) {
            interact(app::stop);
        }
    }

    private void noteTheRoomAsItArrives(Scene scene) {
        Node strip = scene == null ? null : scene.lookup("#plan-check");
        if (strip != null && atFirstSight.isEmpty()) {
            atFirstSight.add((strip.isVisible() ? "strip " : "no strip ") + (has(strip, "checking") ? "checking" : "not checking"));
        }
    }

    private void openTheStartScreen(Path plans) {
        app = new WarRoomApp(ConsoleOptions.parse(List.of("--start", "--clock", "virtual", "--plans", plans.toString(),
                "--incidents", dir.resolve("incidents").toString(), "--actor", "alice")));
        interact(() -> app.start(stage));
        await(() -> lookup("#start-status").queryAs(Label.class).getText().endsWith("plans ready")
                && !lookup("#start-open").queryButton().isDisabled());
    }

    @Test
    void aPlanListedAsValidOpensAsCheckedAndItsStepsRunWithoutWaitingForTheChecks() {
        openTheStartScreen(ConsoleTestKit.plans());
        assertThat(lookup("#start-system").queryAs(Label.class).getText()).isEqualTo("AI Workflow Platform");
        assertThat(lookup("#mode-tabletop").queryAs(javafx.scene.control.ToggleButton.class).isSelected()).isTrue();

        clickOn("#start-open");

        WarRoomHarness.awaitRoom(this);
        assertThat(atFirstSight).containsExactly("no strip not checking");
        WarRoomHarness.answerIntoFullFailover(this);
        String step = WarRoomHarness.currentStep(this).orElseThrow();
        Button confirm = lookup("#confirm").queryAs(Button.class);
        await(() -> !confirm.isDisabled());
        assertThat(lookup("#plan-check").query().isVisible()).as("the strip never showed").isFalse();
        WarRoomHarness.confirm(this, step);
        await(() -> has(lookup("#step-" + step).query(), "done"));
    }

    @Test
    void aPlanBrokenAfterItWasListedOpensNoDrillAndNoStepOfItsTabletopRuns() throws Exception {
        Path plans = Files.createDirectories(dir.resolve("plans"));
        Path plan = Files.copy(ConsoleTestKit.plans().resolve("ai-workflow.yaml"), plans.resolve("ai-workflow.yaml"));
        openTheStartScreen(plans);
        Files.writeString(plan, Files.readString(plan).replaceFirst("(?m)^formatVersion: 1$", "formatVersion: 99"));

        clickOn("#mode-drill");
        clickOn("#start-open");
        await(() -> shown(lookup("#start-failure").query()));
        assertThat(lookup("#start-failure").queryAs(Label.class).getText()).contains("does not validate").contains(plan + ":");
        assertThat(lookup("#war-room").tryQuery()).as("a DRILL is checked before it opens").isEmpty();

        clickOn("#mode-tabletop");
        clickOn("#start-open");
        await(() -> lookup("#plan-check").tryQuery().map(strip -> has(strip, "failed")).orElse(false));
        assertThat(atFirstSight).containsExactly("strip checking");
        Node strip = lookup("#plan-check").query();
        assertThat(shown(strip)).isTrue();
        assertThat(lookup("#plan-check .wr-plan-check-problem").queryAllAs(Label.class)).isNotEmpty()
                .allSatisfy(problem -> assertThat(problem.getText()).startsWith(plan + ":"));
        WarRoomHarness.answerIntoFullFailover(this);
        String step = WarRoomHarness.currentStep(this).orElseThrow();
        type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup("#confirm").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(has(lookup("#step-" + step).query(), "proposed")).as("Enter ran nothing").isTrue();
    }
}

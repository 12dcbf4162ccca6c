package dev.warroom.console;

import dev.warroom.console.options.ConsoleOptions;
import dev.warroom.console.palette.ConsoleTestKit;
import dev.warroom.console.start.PlanListView;
import dev.warroom.core.plan.PlanDirectory;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;
import static org.assertj.core.api.Assertions.assertThat;

/** With --start the console opens on the plans in plans/, validated off the UI thread, each ready to run. */
class PlanListWindowTest extends ApplicationTest {

    @TempDir
    Path incidents;
    private WarRoomApp app;

    @BeforeAll
    static void screen() {
        ConsoleTestKit.roomyHeadlessScreen();
    }

    @Override
    public void start(Stage stage) {
        app = new WarRoomApp(ConsoleOptions.parse(List.of("--start", "--plans", ConsoleTestKit.plans().toString(),
                "--incidents", incidents.toString())));
        app.start(stage);
    }

    @Override
    public void stop() throws Exception {
        ConsoleTestKit.stopAndWaitForClosing(app);
    }

    @Test
    void listsEveryPlanOnDiskAsReady() throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> lookup("#start-status").queryAs(Label.class).getText().endsWith("plans ready"));
        PlanListView list = lookup("#plan-list").queryAs(PlanListView.class);
        int onDisk = PlanDirectory.scan(ConsoleTestKit.plans()).size();

        assertThat(onDisk).isGreaterThanOrEqualTo(5);
        assertThat(list.getItems()).hasSize(onDisk).allMatch(PlanDirectory.Entry::usable);
        assertThat(list.getItems()).extracting(e -> e.plan().orElseThrow().system())
                .contains("AI Workflow Platform", "Gemini Image Toolbox");
        assertThat(lookup("#start-status").queryAs(Label.class).getText()).isEqualTo(onDisk + " of " + onDisk + " plans ready");
    }
}

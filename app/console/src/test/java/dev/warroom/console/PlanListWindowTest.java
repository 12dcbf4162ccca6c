package dev.warroom.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warroom.console.start.PlanListView;
import dev.warroom.core.plan.PlanDirectory;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/** The console opens on the plans in plans/, validated off the UI thread, each ready to run. */
class PlanListWindowTest extends ApplicationTest {

    @BeforeAll
    static void pointAtTheRepositoryPlans() {
        System.setProperty("warroom.plans", Path.of(System.getProperty("warroom.root", "../.."), "plans").toString());
    }

    @AfterAll
    static void cleanUp() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Override
    public void start(Stage stage) {
        new WarRoomApp(ConsoleOptions.parse(java.util.List.of("--start"))).start(stage);
    }

    @Test
    void listsEveryPlanOnDiskAsReady() throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> lookup("#status").queryAs(Label.class).getText().endsWith("plans ready"));
        PlanListView list = lookup("#plan-list").queryAs(PlanListView.class);
        int onDisk = PlanDirectory.scan(Path.of(System.getProperty("warroom.plans"))).size();

        assertThat(onDisk).isGreaterThanOrEqualTo(5);
        assertThat(list.getItems()).hasSize(onDisk).allMatch(PlanDirectory.Entry::usable);
        assertThat(list.getItems()).extracting(e -> e.plan().orElseThrow().system())
                .contains("AI Workflow Platform", "Gemini Image Toolbox");
        assertThat(lookup("#status").queryAs(Label.class).getText()).isEqualTo(onDisk + " of " + onDisk + " plans ready");
    }
}

package dev.warroom.console.robustness;

import static dev.warroom.console.room.procedure.WarRoomHarness.await;
import static dev.warroom.console.room.procedure.WarRoomHarness.has;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warroom.console.WarRoomApp;
import dev.warroom.console.palette.ConsoleTestKit;
import dev.warroom.console.room.model.TimelineEntry;
import dev.warroom.console.room.procedure.WarRoomHarness;
import dev.warroom.core.incident.IncidentRuntime;
import dev.warroom.core.plan.model.Plan;
import dev.warroom.core.plan.model.Resource;
import dev.warroom.core.tabletop.TabletopRuntime;
import dev.warroom.core.time.AcceleratedClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationTest;

/**
 * A provider that never answers: one probe of the AI Workflow plan's (healthy) simulated world hangs
 * for ever. The war room still answers the commander — a note goes on the timeline, the palette
 * switches the language, the RTO clock runs — and the board shows that one resource timed out while
 * every other one stays fresh.
 */
class HungProviderTest extends ApplicationTest {

    static {
        WarRoomHarness.prepareScreen();
    }

    @TempDir
    Path dir;
    private WarRoomApp app;
    private FirstProbeHangs clock;
    private volatile IncidentRuntime runtime;

    @Override
    public void start(Stage stage) {
        Path planFile = ConsoleTestKit.plans().resolve("ai-workflow.yaml");
        clock = new FirstProbeHangs(new AcceleratedClock(Instant.now().truncatedTo(ChronoUnit.SECONDS), 10));
        app = new WarRoomApp(ConsoleTestKit.tabletop(dir), () -> {
            Plan plan = dev.warroom.console.palette.ConsoleTestKit.plan(planFile);
            runtime = TabletopRuntime.open(new TabletopRuntime.Tabletop(plan, planFile.toString(), "test", Optional.empty(),
                    dir.resolve("incident.jsonl"), clock, 7, Duration.ZERO, false, WarRoomHarness.ACTOR,
                    "AI Workflow Platform — a provider that never answers"), e -> { });
            return runtime;
        });
        app.start(stage);
    }

    @Override
    public void stop() throws Exception {
        ConsoleTestKit.stopAndWaitForClosing(app);
    }

    @Test
    void theWarRoomKeepsAnsweringWhileOneProbeHangsForEverAndTheBoardSaysItTimedOut() {
        WarRoomHarness.awaitRoom(this);
        List<Resource> probed = runtime.incident().plan().sites().stream().flatMap(site -> site.resources().stream())
                .filter(r -> runtime.world().probeFor(r.kind()).isPresent()).toList();
        Resource hung = probed.get(0);
        List<Resource> others = probed.subList(1, probed.size());

        await(() -> has(lookup("#resource-" + hung.id()).query(), "timeout"));
        await(() -> others.stream().allMatch(r -> has(lookup("#resource-" + r.id()).query(), "fresh")));
        assertThat(lookup("#resource-" + hung.id() + " .wr-badge").queryAs(Label.class).getText()).isEqualTo("TIMED OUT");
        assertThat(clock.holding()).as("the probe is still hanging").isTrue();

        String rtoBefore = text("#rto-value");
        type(KeyCode.N);
        write("Azure DNS API is not answering; reading it from the portal");
        type(KeyCode.ENTER);
        await(() -> timeline().stream().anyMatch(e -> e.kind().equals("note")
                && e.event().equals("Azure DNS API is not answering; reading it from the portal")));
        type(KeyCode.ESCAPE);

        press(KeyCode.CONTROL).type(KeyCode.K).release(KeyCode.CONTROL);
        write("繁體");
        type(KeyCode.ENTER);
        await(() -> text("#timeline-heading").equals("時間軸"));
        await(() -> !text("#rto-value").equals(rtoBefore));

        assertThat(lookup("#resource-" + hung.id() + " .wr-badge").queryAs(Label.class).getText()).isEqualTo("逾時");
        assertThat(has(lookup("#resource-" + hung.id()).query(), "timeout")).isTrue();
        assertThat(others).allMatch(r -> has(lookup("#resource-" + r.id()).query(), "fresh"));
        assertThat(clock.holding()).as("the probe is still hanging").isTrue();
    }

    private List<TimelineEntry> timeline() {
        ListView<TimelineEntry> list = lookup("#timeline-list").queryListView();
        return list.getItems();
    }

    private String text(String query) {
        return lookup(query).queryAs(Label.class).getText();
    }
}

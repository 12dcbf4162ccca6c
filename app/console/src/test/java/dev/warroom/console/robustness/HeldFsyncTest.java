package dev.warroom.console.robustness;

import static dev.warroom.console.room.procedure.WarRoomHarness.await;
import static dev.warroom.console.room.procedure.WarRoomHarness.has;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warroom.console.WarRoomApp;
import dev.warroom.console.palette.ConsoleTestKit;
import dev.warroom.console.room.model.TimelineEntry;
import dev.warroom.console.room.procedure.WarRoomHarness;
import dev.warroom.core.incident.DefaultScenario;
import dev.warroom.core.incident.IncidentRuntime;
import dev.warroom.core.incident.EventTypes;
import dev.warroom.core.journal.Journal;
import dev.warroom.core.journal.JournalEvent;
import dev.warroom.core.plan.model.Plan;
import dev.warroom.core.tabletop.TabletopRuntime;
import dev.warroom.core.time.AcceleratedClock;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationTest;

/**
 * A disk that does not answer: while the journal's fsync is held, the war room stays the commander's.
 * The timeline scrolls, a note can be typed, and the step just confirmed shows as running — all seen
 * before the disk is let go. Nothing here is timed: the test holds the fsync and releases it itself.
 */
class HeldFsyncTest extends ApplicationTest {

    static {
        WarRoomHarness.prepareScreen();
    }

    @TempDir
    Path dir;
    private final HeldDisk disk = new HeldDisk();
    private WarRoomApp app;

    /** Forces to disk as usual, except for the first step start once armed, which waits until released. */
    private static final class HeldDisk implements Journal.Durability {
        final CountDownLatch holding = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);
        private volatile boolean armed;

        void holdTheNextStepStart() {
            armed = true;
        }

        @Override
        public void force(FileChannel channel, JournalEvent written) throws IOException {
            if (armed && EventTypes.STEP_STARTED.equals(written.type())) {
                armed = false;
                holding.countDown();
                try {
                    release.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            Journal.FSYNC.force(channel, written);
        }
    }

    @Override
    public void start(Stage stage) {
        Path planFile = ConsoleTestKit.plans().resolve("ai-workflow.yaml");
        AcceleratedClock clock = new AcceleratedClock(Instant.now().truncatedTo(ChronoUnit.SECONDS), 10);
        app = new WarRoomApp(ConsoleTestKit.tabletop(dir), () -> {
            Plan plan = ConsoleTestKit.plan(planFile);
            return TabletopRuntime.open(new TabletopRuntime.Tabletop(plan, planFile.toString(), "test", DefaultScenario.of(plan),
                    dir.resolve("incident.jsonl"), clock, 7, Duration.ZERO, false, WarRoomHarness.ACTOR, "AI Workflow — a slow disk"),
                    disk, e -> { });
        });
        app.start(stage);
    }

    @AfterEach
    void releaseAndClose() throws Exception {
        disk.release.countDown();
        app.stop();
    }

    @Test
    void whileTheJournalsFsyncIsHeldTheTimelineScrollsANoteCanBeTypedAndTheStepShowsRunning() throws Exception {
        WarRoomHarness.answerIntoFullFailover(this);
        String step = WarRoomHarness.currentStep(this).orElseThrow();
        await(() -> has(lookup("#step-" + step).query(), "proposed") && !lookup("#confirm").queryButton().isDisabled());
        ListView<TimelineEntry> timeline = lookup("#timeline-list").queryListView();
        for (int i = 1; i <= 40 && !scrollsBeyondOneScreen(timeline); i++) {
            int before = timeline.getItems().size();
            clickOn("#note-field");
            write("filling the timeline " + i);
            type(KeyCode.ENTER);
            await(() -> timeline.getItems().size() > before);
        }
        assertThat(scrollsBeyondOneScreen(timeline)).as("the timeline has more than a screen to scroll").isTrue();
        await(() -> has(lookup("#step-" + step).query(), "proposed") && !lookup("#confirm").queryButton().isDisabled());

        disk.holdTheNextStepStart();
        clickOn("#confirm");
        assertThat(disk.holding.await(30, TimeUnit.SECONDS)).as("the step's start reached the disk, which holds it").isTrue();

        // the step card: running, though its start is not on disk yet
        await(() -> text("#step-status").startsWith("Running"));

        // the timeline: the commander scrolls up from its newest rows to read history
        int newest = firstShown(timeline);
        assertThat(newest).isPositive();
        press(KeyCode.CONTROL).type(KeyCode.DIGIT3).release(KeyCode.CONTROL);
        type(KeyCode.HOME);
        await(() -> firstShown(timeline) == 0 && lookup("#timeline-latest").query().isVisible());

        // the note field takes what is typed
        clickOn("#note-field");
        write("typed while the disk holds");
        assertThat(lookup("#note-field").queryAs(TextField.class).getText()).isEqualTo("typed while the disk holds");

        assertThat(disk.release.getCount()).as("all of it while the fsync is still held").isEqualTo(1);
        disk.release.countDown();

        type(KeyCode.ENTER);
        await(() -> timeline.getItems().stream().anyMatch(e -> e.event().equals("typed while the disk holds")));
        await(() -> !has(lookup("#step-" + step).query(), "proposed"));
    }

    private boolean scrollsBeyondOneScreen(ListView<?> list) {
        interact(() -> list.scrollTo(list.getItems().size() - 1));
        return firstShown(list) > 0;
    }

    private static int firstShown(ListView<?> list) {
        VirtualFlow<?> flow = (VirtualFlow<?>) list.lookup(".virtual-flow");
        return flow == null || flow.getFirstVisibleCell() == null ? -1 : flow.getFirstVisibleCell().getIndex();
    }

    private String text(String id) {
        return lookup(id).queryAs(Label.class).getText();
    }
}

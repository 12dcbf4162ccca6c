package dev.warroom.console.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.warroom.console.WarRoomApp;
import dev.warroom.console.palette.ConsoleTestKit;
import dev.warroom.console.room.procedure.WarRoomHarness;
import dev.warroom.core.incident.IncidentRuntime;
import dev.warroom.core.journal.JournalReader;
import dev.warroom.core.plan.model.Plan;
import dev.warroom.core.tabletop.TabletopRuntime;
import dev.warroom.core.time.VirtualClock;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Closing the console while the room's closing work (chat's last try, the journal, the connectors) is
 * held: the window lets go at once, the closing goes on in the background, and finishes once let through.
 */
class ClosingTest extends ApplicationTest {

    static {
        WarRoomHarness.prepareScreen();
    }

    @TempDir
    Path dir;
    private final CountDownLatch held = new CountDownLatch(1);
    private final CountDownLatch closingStarted = new CountDownLatch(1);
    private final AtomicBoolean closed = new AtomicBoolean();
    private WarRoomApp app;
    private boolean stopped;

    @Override
    public void start(Stage stage) {
        Path planFile = ConsoleTestKit.plans().resolve("ai-workflow.yaml");
        app = new WarRoomApp(ConsoleTestKit.tabletop(dir), new WarRoomApp.IncidentSource() {
            @Override
            public IncidentRuntime open() throws IOException {
                Plan plan = ConsoleTestKit.plan(planFile);
                return TabletopRuntime.open(new TabletopRuntime.Tabletop(plan, planFile.toString(), "test", Optional.empty(),
                        dir.resolve("incident.jsonl"), new VirtualClock(Instant.now().truncatedTo(ChronoUnit.SECONDS)), 7, Duration.ZERO,
                        false, WarRoomHarness.ACTOR, "AI Workflow Platform — closing held"), e -> { });
            }

            @Override
            public void close(IncidentRuntime runtime) throws IOException {
                closingStarted.countDown();
                try {
                    held.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                runtime.close();
                closed.set(true);
            }
        });
        app.start(stage);
    }

    @Override
    public void stop() {
        held.countDown();
        if (!stopped) {
            app.stop();
        }
    }

    @Test
    void closingReturnsOnTheFxThreadWhileTheRoomsClosingWorkIsHeldAndTheWorkFinishesOnceLetThrough() throws Exception {
        WarRoomHarness.awaitRoom(this);

        boolean heldWhenStopReturned = WaitForAsyncUtils.asyncFx(() -> {
            app.stop();
            return held.getCount() == 1;
        }).get(30, TimeUnit.SECONDS);
        stopped = true;

        assertThat(heldWhenStopReturned).as("stop() returned on the FX thread while the closing work was still held").isTrue();
        assertThat(closingStarted.await(30, TimeUnit.SECONDS)).as("the closing work started in the background").isTrue();
        assertThat(closed).as("the closing work waits for the latch").isFalse();

        held.countDown();
        await("the closing to finish once let through").atMost(Duration.ofSeconds(30)).untilTrue(closed);
        assertThat(JournalReader.read(dir.resolve("incident.jsonl")).events()).isNotEmpty();
    }
}

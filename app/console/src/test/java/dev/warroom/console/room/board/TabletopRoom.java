package dev.warroom.console.room.board;

import dev.warroom.console.i18n.Messages;
import dev.warroom.console.keys.Shortcuts;
import dev.warroom.console.room.model.IncidentViewModel;
import dev.warroom.console.room.model.RoomContext;
import dev.warroom.console.tasks.Background;
import dev.warroom.core.incident.IncidentRuntime;
import dev.warroom.service.IncidentHandle;
import dev.warroom.core.plan.model.Plan;
import dev.warroom.core.plan.model.Scenario;
import dev.warroom.core.tabletop.TabletopRuntime;
import dev.warroom.core.time.VirtualClock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The AI Workflow region-failure tabletop on a virtual clock the test moves, with a view model as the
 * console builds it: engine calls on worker threads, results on the FX thread. Build on the FX thread.
 */
public final class TabletopRoom implements AutoCloseable {

    public final VirtualClock clock = new VirtualClock(BoardFixtures.T0);
    public final IncidentRuntime runtime;
    public final IncidentHandle handle;
    public final IncidentViewModel vm;
    public final Messages messages = new Messages();
    public final RoomContext context;
    private final Background background = new Background(Platform::runLater);

    public TabletopRoom() throws IOException {
        Plan plan = BoardFixtures.aiWorkflow();
        Optional<Scenario> scenario = plan.scenarios().stream().filter(s -> s.id().equals("region-failure")).findFirst();
        Path journal = Files.createTempDirectory("warroom-room").resolve("incident.jsonl");
        runtime = TabletopRuntime.open(new TabletopRuntime.Tabletop(plan, "plans/ai-workflow.yaml", "test", scenario, journal,
                clock, 7, Duration.ZERO, false, "tester", "AI Workflow Platform — region failure"), e -> { });
        handle = IncidentHandle.of(runtime, "tester");
        vm = new IncidentViewModel(handle, background);
        context = new RoomContext(vm, messages, "tester", new Shortcuts());
    }

    /** Moves incident time and lets the views catch up, as the console's one-second ticker would. */
    public void advance(Duration duration) throws Exception {
        clock.advance(duration);
        WaitForAsyncUtils.asyncFx(() -> vm.tick()).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Polls every probe now and waits until the views have the new snapshot. */
    public void refreshBoard() throws Exception {
        runtime.board().refresh();
        settle();
    }

    /** Waits until the writer has carried out what was sent, and the views show every event and outcome. */
    public void settle() throws Exception {
        for (int i = 0; i < 3; i++) {
            handle.incident().writer().submit(() -> null).get(10, TimeUnit.SECONDS);
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> vm.stateProperty().get().lastSeq() == handle.incident().lastSeq());
            vm.commandsDone().get(10, TimeUnit.SECONDS);
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    @Override
    public void close() throws Exception {
        WaitForAsyncUtils.asyncFx(vm::close).get(10, TimeUnit.SECONDS);
        background.shutdown();
        handle.close();
    }
}

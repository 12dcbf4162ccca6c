package dev.warroom.console.room;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warroom.console.room.board.TabletopRoom;
import dev.warroom.console.room.model.IncidentViewModel;
import dev.warroom.console.room.model.TimelineEntry;
import dev.warroom.console.tasks.Background;
import dev.warroom.core.incident.NoteKind;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Two war rooms on one incident (the commander's and, later, a facilitator's): each follows the same
 * snapshots, so both show the same timeline and the same state, whichever room gave the command.
 */
class TwoRoomsOnOneIncidentTest extends ApplicationTest {

    private TabletopRoom room;
    private IncidentViewModel second;
    private final Background secondBackground = new Background(Platform::runLater);

    @Override
    public void start(Stage stage) throws Exception {
        room = new TabletopRoom();
        second = new IncidentViewModel(room.handle, secondBackground);
    }

    @Override
    public void stop() throws Exception {
        WaitForAsyncUtils.asyncFx(second::close).get(10, TimeUnit.SECONDS);
        secondBackground.shutdown();
        room.close();
    }

    @Test
    void bothRoomsShowTheSameTimelineAndStateWhoeverGivesTheCommand() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            room.vm.note(NoteKind.NOTE, "from the commander's room", "alice");
            second.note(NoteKind.ISSUE, "from the facilitator's room", "fran");
            room.vm.tick("pre-failover", "primary-down", "alice");
        }).get(10, TimeUnit.SECONDS);
        room.settle();
        long last = room.handle.incident().lastSeq();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> second.stateProperty().get().lastSeq() == last);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(second.timeline()).isEqualTo(room.vm.timeline());
        assertThat(second.stateProperty().get()).isEqualTo(room.vm.stateProperty().get());
        assertThat(room.vm.timeline()).extracting(TimelineEntry::event)
                .contains("from the commander's room", "from the facilitator's room");
        assertThat(room.vm.stateProperty().get().isTicked("pre-failover", "primary-down")).isTrue();
    }
}

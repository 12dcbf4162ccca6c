package dev.warroom.console.room.checklist;

import static dev.warroom.console.room.procedure.WarRoomHarness.await;
import static dev.warroom.console.room.procedure.WarRoomHarness.has;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warroom.console.room.procedure.WarRoomHarness;
import dev.warroom.console.room.procedure.WarRoomFixture;
import java.util.List;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;

/** The AI Workflow plan's checklists: grouped by phase, ticked once, with who and when. */
class ChecklistsPaneTest extends WarRoomFixture {

    @Test
    void groupsTheChecklistsByPhaseInTheOrderTheyHappen() {
        WarRoomHarness.awaitRoom(this);
        clickOn("Checklists");

        List<String> phases = lookup(".wr-checklist-phase").<Label>queryAll().stream().map(Label::getText).toList();
        assertThat(phases).containsExactly("Before failover", "During failover", "After failover", "Failback");
        assertThat(lookup("#checklist-pre-failover .check-box").queryAll()).hasSize(5);
        assertThat(lookup("#count-pre-failover").queryAs(Label.class).getText()).isEqualTo("0 of 5");
    }

    @Test
    void aTickShowsWhoAndWhenAndCannotBeTakenBack() {
        WarRoomHarness.awaitRoom(this);
        clickOn("Checklists");
        CheckBox box = lookup("#tick-pre-failover-primary-down").queryAs(CheckBox.class);
        assertThat(box.isSelected()).isFalse();

        clickOn(box);
        await(() -> lookup("#ticked-pre-failover-primary-down").queryAs(Label.class).isVisible());
        WarRoomHarness.screenshot(stage.getScene(), "checklists-ticked");

        assertThat(lookup("#ticked-pre-failover-primary-down").queryAs(Label.class).getText())
                .matches("Ticked by alice at \\d\\d:\\d\\d:\\d\\d");
        assertThat(box.isSelected()).isTrue();
        assertThat(box.isDisabled()).as("a tick cannot be taken back").isTrue();
        assertThat(has(lookup("#item-pre-failover-primary-down").query(), "ticked")).isTrue();
        assertThat(lookup("#count-pre-failover").queryAs(Label.class).getText()).isEqualTo("1 of 5");
        assertThat(lookup("#checklist-note").queryAs(Label.class).getText()).startsWith("Ticks are permanent");

        clickOn(box);
        assertThat(box.isSelected()).isTrue();
        assertThat(lookup("#tick-pre-failover-dr-healthy").queryAs(CheckBox.class).isSelected()).isFalse();
    }
}

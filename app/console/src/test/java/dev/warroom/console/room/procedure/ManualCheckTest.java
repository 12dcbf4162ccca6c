package dev.warroom.console.room.procedure;

import static dev.warroom.console.room.procedure.WarRoomHarness.await;
import static dev.warroom.console.room.procedure.WarRoomHarness.has;
import static dev.warroom.console.room.procedure.WarRoomHarness.shown;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warroom.core.incident.EventTypes;
import dev.warroom.core.journal.JournalEvent;
import dev.warroom.core.journal.JournalReader;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TitledPane;
import org.junit.jupiter.api.Test;

/**
 * The procedure card asks a step's manual check with yes / no and records the commander's answer;
 * a go/no-go shows its command to copy and takes a "no", which stops the procedure there.
 */
class ManualCheckTest extends WarRoomFixture {

    private List<JournalEvent> journal(String type, String step) throws Exception {
        return JournalReader.read(temp.resolve("incident.jsonl")).events().stream()
                .filter(e -> e.type().equals(type) && e.data().path("step").asText().equals(step)).toList();
    }

    @Test
    void theManualCheckIsAskedOnTheCardAndTheAnswerIsRecordedAsConfirmedByTheCommander() throws Exception {
        WarRoomHarness.answerIntoFullFailover(this);
        WarRoomHarness.confirmThrough(this, "enable-monitoring");
        WarRoomHarness.confirm(this, "enable-monitoring");

        await(() -> has(lookup("#step-enable-monitoring").query(), "awaiting-check"));
        assertThat(lookup("#step-status").queryAs(Label.class).getText()).isEqualTo("Check by hand: DR alerting rules active");
        assertThat(shown(lookup("#check-yes").query())).isTrue();
        assertThat(shown(lookup("#check-no").query())).isTrue();
        WarRoomHarness.screenshot(stage.getScene(), "procedure-manual-check");

        clickOn("#check-yes");
        write("3 DR alert rules firing in Grafana");
        clickOn("#reason-submit");

        await(() -> has(lookup("#step-enable-monitoring").query(), "done"));
        assertThat(journal(EventTypes.STEP_SUCCEEDED, "enable-monitoring")).singleElement().satisfies(e -> {
            assertThat(e.data().path("established").asText()).isEqualTo("confirmed");
            assertThat(e.data().path("by").asText()).isEqualTo(WarRoomHarness.ACTOR);
            assertThat(e.data().path("asked").asText()).isEqualTo("DR alerting rules active");
            assertThat(e.data().path("answer").asText()).isEqualTo("yes: 3 DR alert rules firing in Grafana");
        });
        assertThat(lookup("#step-enable-monitoring .wr-step-meta").queryAs(Label.class).getText()).startsWith("done — confirmed by alice");
    }

    @Test
    void aGoNoGoShowsItsCommandToCopyAndANoStopsTheProcedureAtThatStep() throws Exception {
        WarRoomHarness.answerIntoFullFailover(this);
        await(() -> has(lookup("#step-authorize").query(), "proposed"));
        TitledPane command = lookup("#step-command-pane").queryAs(TitledPane.class);
        assertThat(command.isExpanded()).isTrue();
        TextArea text = lookup("#step-command").queryAs(TextArea.class);
        assertThat(text.getText()).isNotBlank();
        assertThat(text.isEditable()).isFalse();
        assertThat(shown(lookup("#no-go").query())).isTrue();

        clickOn("#no-go");
        write("no written approval yet");
        clickOn("#reason-submit");

        await(() -> has(lookup("#step-authorize").query(), "refused"));
        assertThat(journal(EventTypes.STEP_REFUSED, "authorize")).singleElement().satisfies(e -> {
            assertThat(e.actor()).isEqualTo(WarRoomHarness.ACTOR);
            assertThat(e.data().path("reason").asText()).isEqualTo("no written approval yet");
        });
        assertThat(lookup("#step-status").queryAs(Label.class).getText()).isEqualTo("Refused: refused by alice: no written approval yet");
        assertThat(shown(lookup("#retry").query())).isTrue();
        assertThat(WarRoomHarness.currentStep(this)).contains("authorize");
        assertThat(journal(EventTypes.STEP_STARTED, "notify-team")).isEmpty();
    }
}

package dev.warroom.console.room.tour;

import static dev.warroom.console.room.procedure.WarRoomHarness.await;
import static dev.warroom.console.room.procedure.WarRoomHarness.has;
import static dev.warroom.console.room.procedure.WarRoomHarness.shown;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warroom.console.room.procedure.WarRoomHarness;
import dev.warroom.core.incident.EventTypes;
import dev.warroom.core.journal.JournalEvent;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/**
 * The format tour (plans/examples/format-tour.yaml) in the room, TABLETOP on the virtual clock, its api-down scenario:
 * the severity level in the header, the reassess node's rounds until its limit, the error-rate signal's suggestion,
 * the restore point asked in the step panel beside the address read from the world, and the database promotion
 * passed over because the East US database still answers; the journal records each value and choice.
 */
class FormatTourRoomTest extends TourRoom {

    private static final String RESTORE_POINT = "2026-12-07T03:40:00Z";

    @Override
    String scenario() {
        return "api-down";
    }

    @Test
    void eachNewConstructOfTheFormatIsOnScreenAndInTheJournal() throws Exception {
        WarRoomHarness.awaitRoom(this);

        // the severity level the scenario names, in the header beside the clock that runs to its RTO
        await(() -> shown(lookup("#incident-severity").query()));
        assertThat(lookup("#incident-severity").queryAs(Label.class).getText()).as("the header names the level with its targets")
                .isEqualTo("Major — the API is down, the data is safe · RTO 1h / RPO 5m");
        WarRoomHarness.screenshot(stage.getScene(), "tour-1-header");

        // the reassess node looks again every minute until its limit: each round is on the timeline
        WarRoomHarness.awaitCurrentNode(this, "users-affected");
        await(() -> timeline().stream().anyMatch(row -> row.contains("Reassessed") && row.contains("round 6")));
        assertThat(timeline()).anyMatch(row -> row.contains("Reassessed") && row.contains("round 1") && row.contains("not recovered yet"))
                .anyMatch(row -> row.contains("reached its limit"));
        assertThat(journal(EventTypes.REASSESS_ENDED)).singleElement()
                .satisfies(e -> assertThat(e.data().path("exit").asText()).isEqualTo("limit"));

        // the metric signal's suggestion, with the error rate over its window as evidence
        await(() -> lookup("#suggestion").tryQuery().map(WarRoomHarness::shown).orElse(false));
        assertThat(textsUnder("#suggestion")).contains("Yes — fail over to West Europe").contains("error rate 100 % over 5m");
        WarRoomHarness.screenshot(stage.getScene(), "tour-2-suggestion");
        type(KeyCode.DIGIT2);
        WarRoomHarness.awaitCurrentNode(this, "fail-over");

        // the restore point is asked in the step panel, offered with its default
        await(() -> lookup("#parameter-form").tryQuery().map(WarRoomHarness::shown).orElse(false));
        assertThat(lookup("#parameter-question").queryAs(Label.class).getText())
                .contains("The last write the team trusts on the East US database (UTC)");
        assertThat(lookup("#parameter-hints").queryAs(Label.class).getText()).contains("Default: latest")
                .contains("Example: 2026-12-07T03:40:00Z");
        TextField field = lookup("#parameter-value").queryAs(TextField.class);
        await(field::isFocused);
        assertThat(field.getText()).isEqualTo("latest");
        interact(field::clear);
        write(RESTORE_POINT);
        type(KeyCode.ENTER);
        await(() -> !shown(lookup("#parameter-form").query()));

        // the go/no-go shows both values: the one given and the one read from the world
        await(() -> lookup("#step-value-dr-address").tryQuery().isPresent() && lookup("#step-value-restore-point").tryQuery().isPresent());
        assertThat(lookup("#step-value-restore-point").queryAs(Label.class).getText()).contains(RESTORE_POINT).contains("given");
        assertThat(lookup("#step-value-dr-address").queryAs(Label.class).getText()).contains("203.0.113.20").contains("reading");
        await(() -> has(lookup("#step-go").query(), "proposed"));
        WarRoomHarness.screenshot(stage.getScene(), "tour-3-parameters");
        type(KeyCode.ENTER);

        // the promotion is passed over, and says why
        await(() -> lookup("#step-promote-db .wr-step-meta").tryQuery()
                .map(n -> ((Label) n).getText().startsWith("not applicable: resource 'db-east' is reachable")).orElse(false));
        await(() -> has(lookup("#step-point-dns").query(), "proposed"));
        WarRoomHarness.screenshot(stage.getScene(), "tour-4-passed-over");

        assertThat(journal(EventTypes.OPENED)).singleElement().satisfies(e -> {
            assertThat(e.data().path("severity").asText()).isEqualTo("major");
            assertThat(e.data().path("rtoTarget").asText()).isEqualTo("1h");
        });
        assertThat(journal(EventTypes.SUGGESTED)).singleElement().satisfies(e -> {
            assertThat(e.data().path("signal").asText()).isEqualTo("api-errors");
            assertThat(e.data().path("answer").asText()).isEqualTo("failing");
        });
        assertThat(journal(EventTypes.ANSWERED)).singleElement().satisfies(e -> {
            assertThat(e.actor()).isEqualTo(WarRoomHarness.ACTOR);
            assertThat(e.data().path("answer").asText()).isEqualTo("failing");
        });
        List<JournalEvent> values = journal(EventTypes.PARAMETER_SET);
        assertThat(values).filteredOn(e -> e.data().path("parameter").asText().equals("restore-point")).singleElement().satisfies(e -> {
            assertThat(e.actor()).isEqualTo(WarRoomHarness.ACTOR);
            assertThat(e.data().path("value").asText()).isEqualTo(RESTORE_POINT);
            assertThat(e.data().path("source").asText()).isEqualTo("asked");
        });
        assertThat(values).filteredOn(e -> e.data().path("parameter").asText().equals("dr-address")).singleElement().satisfies(e -> {
            assertThat(e.data().path("value").asText()).isEqualTo("203.0.113.20");
            assertThat(e.data().path("source").asText()).isEqualTo("reading");
        });
        assertThat(journal(EventTypes.STEP_CONDITION)).filteredOn(e -> e.data().path("step").asText().equals("promote-db")).singleElement()
                .satisfies(e -> assertThat(e.data().path("applies").asBoolean()).isFalse());
    }
}

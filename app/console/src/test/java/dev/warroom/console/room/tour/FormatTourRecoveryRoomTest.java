package dev.warroom.console.room.tour;

import static dev.warroom.console.room.procedure.WarRoomHarness.await;
import static dev.warroom.console.room.procedure.WarRoomHarness.has;
import static dev.warroom.console.room.procedure.WarRoomHarness.shown;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warroom.console.room.procedure.WarRoomHarness;
import dev.warroom.core.incident.EventTypes;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;

/**
 * The format tour's api-blip scenario in the room: a fault that lasts two minutes, so the reassess node is left by
 * its until signal, at the minor level the scenario names; no question is asked and no procedure runs.
 */
class FormatTourRecoveryRoomTest extends TourRoom {

    @Override
    String scenario() {
        return "api-blip";
    }

    @Test
    void theReassessNodeSeesTheApiRecoverAndTheIncidentEndsThereAtTheMinorLevel() throws Exception {
        WarRoomHarness.awaitRoom(this);
        await(() -> shown(lookup("#incident-severity").query()));
        assertThat(lookup("#incident-severity").queryAs(Label.class).getText())
                .isEqualTo("Minor — errors that may clear by themselves · RTO 4h / RPO 15m");

        WarRoomHarness.awaitCurrentNode(this, "recovered-on-its-own");
        await(() -> timeline().stream().anyMatch(row -> row.contains("Recovered at")));
        assertThat(timeline()).anyMatch(row -> row.contains("Reassessed") && row.contains("not recovered yet"))
                .anyMatch(row -> row.contains("Reassessed") && row.contains("recovered") && !row.contains("not recovered yet"))
                .anyMatch(row -> row.contains("Recovered at") && row.contains("api-healthy"));
        assertThat(has(lookup("#tree-node-recovered-on-its-own").query(), "current")).isTrue();
        WarRoomHarness.screenshot(stage.getScene(), "tour-5-recovered");

        assertThat(journal(EventTypes.REASSESS_ENDED)).singleElement().satisfies(e -> {
            assertThat(e.data().path("exit").asText()).isEqualTo("recovered");
            assertThat(e.data().path("next").asText()).isEqualTo("recovered-on-its-own");
        });
        assertThat(journal(EventTypes.OPENED)).singleElement()
                .satisfies(e -> assertThat(e.data().path("severity").asText()).isEqualTo("minor"));
        assertThat(journal(EventTypes.ANSWERED)).isEmpty();
        assertThat(journal(EventTypes.PARAMETER_SET)).isEmpty();
    }
}

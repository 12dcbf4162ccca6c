package dev.warroom.console.room.status;

import static dev.warroom.console.room.board.Looks.hasPseudoClass;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warroom.console.room.board.TabletopPaneFixture;
import dev.warroom.core.incident.IncidentEvent;
import dev.warroom.core.incident.NoteKind;
import java.time.Duration;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** The status bar over the region-failure tabletop: each provider, how it answers and how long ago. */
class StatusBarTest extends TabletopPaneFixture {

    StatusBarTest() {
        super(StatusBar::new, 30);
    }

    @Test
    void eachProviderSaysHowItAnswersAndWhenItLastDid() throws Exception {
        room.refreshBoard();
        assertThat(label("#provider-azure").getText()).isEqualTo("azure · 4 of 12 unreachable · 0s ago");
        assertThat(hasPseudoClass(lookup("#provider-azure").query(), "partial")).isTrue();
        assertThat(label("#provider-kubernetes").getText()).isEqualTo("kubernetes · 8 of 16 unreachable · 0s ago");
        assertThat(label("#provider-http").getText()).isEqualTo("http · 1 of 5 unreachable · 0s ago");
        assertThat(label("#world").getText()).isEqualTo("world: simulated");
        assertThat(label("#identity").getText()).isEqualTo("no credentials (simulated)");

        room.advance(Duration.ofSeconds(40));
        assertThat(label("#provider-azure").getText()).as("nothing new heard since").endsWith(" · 40s ago");
        room.refreshBoard();
        assertThat(label("#provider-azure").getText()).endsWith(" · 0s ago");
    }

    @Test
    void theLastProviderEndsWellBeforeTheJournalsHeadAtTheRoomsWidth() throws Exception {
        room.refreshBoard();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(label("#provider-kubernetes").getText()).as("the longest words the region failure gives the chips")
                .isEqualTo("kubernetes · 8 of 16 unreachable · 0s ago");

        double providersEnd = lookup(".wr-provider").queryAll().stream().filter(Node::isVisible)
                .mapToDouble(chip -> chip.localToScene(chip.getBoundsInLocal()).getMaxX()).max().orElseThrow();
        Label head = label("#journal-head");
        double headStart = head.localToScene(head.getBoundsInLocal()).getMinX();
        assertThat(headStart - providersEnd).as("the gap between \"… 0s ago\" and \"journal …\"").isGreaterThanOrEqualTo(12);
    }

    @Test
    void theJournalsHeadAfterTheLastEventShowsInShortAndInFullInItsTooltipAndFollowsNewEvents() throws Exception {
        Label head = label("#journal-head");
        assertThat(head.getText()).as("the head of the history the room opened on").matches("journal [0-9a-f]{8}…[0-9a-f]{4} · event \\d+");

        for (String note : List.of("standby looks healthy", "bridge call open")) {
            IncidentEvent recorded = recordNote(note);

            assertThat(head.getText()).isEqualTo("journal " + recorded.hash().substring(0, 8) + "…" + recorded.hash().substring(60)
                    + " · event " + recorded.seq());
            assertThat(head.getTooltip().getText()).contains(recorded.hash()).contains("after event " + recorded.seq());
        }
    }

    /** Records a note through the room, as the commander would, and waits until the room has shown every event. */
    private IncidentEvent recordNote(String text) throws Exception {
        room.vm.note(NoteKind.NOTE, text, "tester");
        room.settle();
        List<IncidentEvent> events = room.handle.incident().events();
        IncidentEvent recorded = events.get(events.size() - 1);
        assertThat(recorded.data().path("text").asText()).isEqualTo(text);
        return recorded;
    }
}

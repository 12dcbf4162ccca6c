package dev.warroom.console.room.tree;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warroom.console.room.board.TabletopPaneFixture;
import java.time.Duration;
import java.util.List;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;

/**
 * The AI Workflow region-failure tabletop at T+1m, at "How much is affected?": the database has been down for
 * its signal's 30 s, so "Some services" is offered, while "All services" (listed first, 5 minutes needed) is
 * still building. The room shows both, and both countdowns tick with the clock.
 */
class StrongerSuggestionTest extends TabletopPaneFixture {

    StrongerSuggestionTest() {
        super(DecisionTreePane::new, 760);
    }

    @Test
    void theOfferedSuggestionAndTheStrongerOneBuildingAreShownWithCountdownsThatTick() throws Exception {
        room.settle();
        interact(() -> room.vm.answer("confirmed", "tester"));
        room.settle();
        interact(() -> room.vm.answer("no", "tester"));
        room.settle();
        room.refreshBoard();
        room.advance(Duration.ofMinutes(1));
        room.refreshBoard();

        assertThat(lines("#suggestion")).first().isEqualTo("Live signals suggest 1: 部分服務 · Some services");
        assertThat(label("#suggestion-held").getText()).isEqualTo("Held 1m (needs 30s)");
        List<String> stronger = lines("#stronger-all");
        assertThat(stronger).contains("Still building, may replace it: 2: 全部服務 · All services",
                "Signal: East US 全部服務不可用 · Everything in East US is down");
        assertThat(stronger).anyMatch(line -> line.startsWith("• ") && line.contains("unreachable"));
        assertThat(label("#stronger-countdown-all").getText()).isEqualTo("In 4m if it keeps holding (held 1m of 5m)");

        room.advance(Duration.ofSeconds(30));

        assertThat(label("#suggestion-held").getText()).isEqualTo("Held 1m30s (needs 30s)");
        assertThat(label("#stronger-countdown-all").getText()).isEqualTo("In 3m30s if it keeps holding (held 1m30s of 5m)");
    }

    @Test
    void aSuggestionWhoseSignalNeedsNoSustainedTimeSaysOnlyHowLongItHasHeld() throws Exception {
        room.settle();
        room.refreshBoard();

        assertThat(lines("#suggestion")).first().asString().startsWith("Live signals suggest 1:");
        assertThat(label("#suggestion-held").getText()).isEqualTo("Held 0s");
    }

    private List<String> lines(String box) {
        return lookup(box + " .label").<Label>queryAll().stream().map(Label::getText).toList();
    }
}

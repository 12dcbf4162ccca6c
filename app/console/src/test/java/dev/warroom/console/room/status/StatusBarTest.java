package dev.warroom.console.room.status;

import static dev.warroom.console.room.board.Looks.hasPseudoClass;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warroom.console.room.board.TabletopPaneFixture;
import java.time.Duration;
import org.junit.jupiter.api.Test;

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
}

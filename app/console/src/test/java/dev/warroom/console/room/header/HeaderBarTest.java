package dev.warroom.console.room.header;

import static dev.warroom.console.room.board.Looks.hasPseudoClass;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warroom.console.room.board.TabletopPaneFixture;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** The header over a region-failure tabletop whose clock the test moves: the RTO clock warns, goes bad, and stops at the end. */
class HeaderBarTest extends TabletopPaneFixture {

    HeaderBarTest() {
        super(HeaderBar::new, 60);
    }

    @Test
    void theRtoClockWarnsAtThreeQuartersGoesBadPastTheTargetAndStopsWhenTheIncidentEnds() throws Exception {
        room.settle();
        assertThat(label("#mode-banner").getText()).isEqualTo("TABLETOP");
        assertThat(label("#incident-title").getText()).isEqualTo("AI Workflow Platform — region failure");
        assertThat(label("#incident-status").getText()).isEqualTo("DECIDING");
        assertThat(label("#rto-value").getText()).isEqualTo("0:00:00");
        assertThat(hasPseudoClass(lookup("#rto").query(), "ok")).isTrue();

        room.advance(Duration.ofMinutes(60));
        assertThat(label("#rto-value").getText()).isEqualTo("1:00:00");
        assertThat(hasPseudoClass(lookup("#rto").query(), "ok")).isTrue();

        room.advance(Duration.ofMinutes(8));
        assertThat(label("#rto-value").getText()).isEqualTo("1:08:00");
        assertThat(hasPseudoClass(lookup("#rto").query(), "warn")).isTrue();
        assertThat(label("#rto-value").getTextFill()).isEqualTo(Color.web("#d29922"));

        room.advance(Duration.ofMinutes(23));
        assertThat(label("#rto-value").getText()).isEqualTo("1:31:00");
        assertThat(hasPseudoClass(lookup("#rto").query(), "bad")).isTrue();
        assertThat(label("#rto-value").getTextFill()).isEqualTo(Color.web("#f85149"));

        room.vm.abort("the drill is over", "tester");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> label("#incident-status").getText().equals("ABORTED"));
        room.advance(Duration.ofMinutes(10));
        assertThat(label("#rto-value").getText()).as("the clock stopped at the end").isEqualTo("1:31:00");
    }

    @Test
    void theWorstReplicaLagIsShownAgainstTheRpoAndTheWordsFollowTheLanguage() throws Exception {
        room.refreshBoard();
        assertThat(label("#rpo-value").getText()).matches("\\d+\\.\\ds");
        assertThat(label("#rpo-target").getText()).matches("RPO 15m · (db-dr|redis-dr|blob-dr)");
        assertThat(hasPseudoClass(lookup("#rpo").query(), "ok")).isTrue();

        interact(() -> room.messages.setLocale(java.util.Locale.TRADITIONAL_CHINESE));
        assertThat(label("#mode-banner").getText()).isEqualTo("TABLETOP 桌面推演");
        assertThat(label("#incident-status").getText()).isEqualTo("決策中");
        assertThat(label("#rto-target").getText()).isEqualTo("目標 1小時30分");
        interact(() -> room.messages.setLocale(java.util.Locale.SIMPLIFIED_CHINESE));
        assertThat(label("#rto-target").getText()).isEqualTo("目标 1小时30分");
    }
}

package dev.warroom.core.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BoardSettingsTest {

    @Test
    void backOffDoublesFromItsBaseUpToItsCap() {
        BoardSettings settings = BoardSettings.defaults().withBackoff(Duration.ofSeconds(2), Duration.ofSeconds(60));

        assertThat(settings.backoffAfter(1)).isEqualTo(Duration.ofSeconds(2));
        assertThat(settings.backoffAfter(2)).isEqualTo(Duration.ofSeconds(4));
        assertThat(settings.backoffAfter(5)).isEqualTo(Duration.ofSeconds(32));
        assertThat(settings.backoffAfter(6)).isEqualTo(Duration.ofSeconds(60));
        assertThat(settings.backoffAfter(500)).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void aKindCanHaveItsOwnTimeout() {
        BoardSettings settings = BoardSettings.defaults().withTimeout("aws-health", Duration.ofSeconds(15));

        assertThat(settings.timeoutFor("aws-health")).isEqualTo(Duration.ofSeconds(15));
        assertThat(settings.timeoutFor("postgres")).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void pollingEveryTenSecondsGoesStaleAfterThirty() {
        assertThat(BoardSettings.forInterval(Duration.ofSeconds(10)).staleAfter()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void nonsenseSettingsAreRefusedWithWords() {
        assertThatThrownBy(() -> BoardSettings.defaults().withTimeout(Duration.ZERO))
                .hasMessage("the timeout must be a positive duration, not PT0S");
        assertThatThrownBy(() -> BoardSettings.defaults().withBackoff(Duration.ofSeconds(10), Duration.ofSeconds(5)))
                .hasMessageContaining("back-off cap");
        assertThatThrownBy(() -> BoardSettings.defaults().withMaxConcurrentProbes(0))
                .hasMessage("at least one probe must be allowed to run, not 0");
    }
}

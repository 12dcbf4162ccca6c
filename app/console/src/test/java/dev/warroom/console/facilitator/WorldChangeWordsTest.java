package dev.warroom.console.facilitator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warroom.console.i18n.Messages;
import dev.warroom.core.drill.InjectState;
import dev.warroom.core.drill.InjectStatus;
import dev.warroom.core.plan.model.DrillInject;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What firing an inject did to the world, under the inject in the facilitator's events list: the simulated world's
 * words in the window's language, a connector's words as they came.
 */
class WorldChangeWordsTest {

    private static InjectState fired(String worldChange) {
        DrillInject inject = new DrillInject("replica-lag", Duration.ofMinutes(3), null, null, "DBA: the replica is 45 s behind", null, null,
                null, null, null, null, null);
        return new InjectState(inject, false, InjectStatus.FIRED, Optional.empty(), Optional.of(Instant.parse("2026-12-07T08:30:15Z")),
                "schedule", Optional.of(true), worldChange, "", Optional.empty(), Optional.empty());
    }

    @Test
    void theSimulatedWorldsWordsFollowTheWindowsLanguage() {
        Messages messages = new Messages();
        InjectWords words = new InjectWords(messages);

        assertThat(words.worldChanged(fired("in the simulated world"))).isEqualTo("in the simulated world");
        messages.setLocale(Messages.TRADITIONAL_CHINESE);
        assertThat(words.worldChanged(fired("in the simulated world"))).isEqualTo("在模擬世界中");
        messages.setLocale(Messages.SIMPLIFIED_CHINESE);
        assertThat(words.worldChanged(fired("in the simulated world"))).isEqualTo("在模拟世界中");
    }

    @Test
    void aConnectorsWordsStayAsTheyCame() {
        Messages messages = new Messages();
        messages.setLocale(Messages.TRADITIONAL_CHINESE);

        assertThat(new InjectWords(messages).worldChanged(fired("stopped the standby on 127.0.0.1:55432")))
                .isEqualTo("stopped the standby on 127.0.0.1:55432");
    }
}

package dev.warroom.console.facilitator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warroom.console.i18n.Messages;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Under a fired inject, the facilitator's events list says who fired it as the journal holds it: the schedule or its
 * trigger only when the engine fired it, the facilitator's name when they fired it by hand; in Chinese without a
 * space between two Han characters.
 */
class FiredByWordsTest {

    private static final Pattern SPACE_BETWEEN_HAN = Pattern.compile("\\p{IsHan}\\s+\\p{IsHan}");
    private static final Duration THREE_MINUTES = Duration.ofMinutes(3);

    @Test
    void theScheduleAndTheTriggerAreNamedOnlyForWhatTheyFiredAndAPersonByName() {
        InjectWords words = new InjectWords(new Messages());

        assertThat(words.fired("schedule", THREE_MINUTES)).isEqualTo("Fired at T+3m by the schedule");
        assertThat(words.fired("trigger", THREE_MINUTES)).isEqualTo("Fired at T+3m by its trigger");
        assertThat(words.fired("fran", THREE_MINUTES)).isEqualTo("Fired at T+3m by hand (fran)");
    }

    @Test
    void inChineseTheWordsRunOnWithoutASpaceBetweenHanCharacters() {
        Messages messages = new Messages();
        InjectWords words = new InjectWords(messages);

        messages.setLocale(Messages.TRADITIONAL_CHINESE);
        assertThat(words.fired("schedule", THREE_MINUTES)).isEqualTo("於 T+3分，依排程發出");
        assertThat(words.fired("trigger", THREE_MINUTES)).isEqualTo("於 T+3分，由觸發條件發出");
        assertThat(words.fired("fran", THREE_MINUTES)).isEqualTo("於 T+3分，手動發出（fran）");
        assertNoSpaceBetweenHan(words, messages);

        messages.setLocale(Messages.SIMPLIFIED_CHINESE);
        assertThat(words.fired("schedule", THREE_MINUTES)).isEqualTo("于 T+3分，按计划发出");
        assertThat(words.fired("trigger", THREE_MINUTES)).isEqualTo("于 T+3分，由触发条件发出");
        assertThat(words.fired("fran", THREE_MINUTES)).isEqualTo("于 T+3分，手动发出（fran）");
        assertNoSpaceBetweenHan(words, messages);
    }

    /** Also for a facilitator or team member whose name is written in Han characters. */
    private static void assertNoSpaceBetweenHan(InjectWords words, Messages messages) {
        for (String by : List.of("schedule", "trigger", "王小明")) {
            assertThat(words.fired(by, THREE_MINUTES)).doesNotContainPattern(SPACE_BETWEEN_HAN);
        }
        assertThat(messages.get("facilitator.inject.acknowledged", "王小明")).doesNotContainPattern(SPACE_BETWEEN_HAN);
    }
}

package dev.warroom.importer.draft;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The documents' ways of writing a duration become plan durations; text without one gives none. */
class DurationTextTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '=', value = {
        "< 15 min = 15m", "< 1 hour = 1h", "4 小時 = 4h", "1小时 = 1h", "15分鐘 = 15m", "15分钟 = 15m", "< 30 seconds = 30s",
        "4-24 hours = 24h", "1.5 hours = 90m", "2 days = 2d", "< 2 minutes = 2m", "> 7 days = 7d", "500 ms = 500ms",
        "最多遺失15分鐘數據 = 15m", "RTO: 1小時 = 1h"})
    void readsTheDuration(String written, String duration) {
        assertThat(DurationText.parse(written)).contains(duration);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "P0", "自動恢復", "99.9%", "minutes"})
    void textWithoutADurationGivesNone(String written) {
        assertThat(DurationText.parse(written)).isEmpty();
    }
}

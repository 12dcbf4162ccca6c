package dev.warroom.core.incident;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warroom.core.plan.load.PlanLoader;
import dev.warroom.core.plan.model.Plan;
import dev.warroom.core.report.RecordedWords;
import dev.warroom.core.report.words.ReportWords;
import dev.warroom.core.text.TextLanguage;
import dev.warroom.core.world.Health;
import dev.warroom.core.world.Observation;
import dev.warroom.core.world.ReplicationRole;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A holding signal's last line of evidence says how long it has held, and how long it must hold only when its plan asks
 * for a sustained time: never "of 0s needed". Journals that recorded "of 0s needed" still read sensibly in Chinese.
 */
class HeldForWordsTest {

    private static final Instant T0 = Instant.parse("2026-12-01T00:00:00Z");

    private static Plan plan() {
        var loaded = new PlanLoader().load(Path.of("src/test/resources/plans/metrics/metric-signals.yaml"));
        return loaded.plan().orElseThrow(() -> new AssertionError(loaded.problems().toString()));
    }

    private static Map<String, SignalStatus> failingFor(SignalEvaluator evaluator, Duration span) {
        Map<String, SignalStatus> last = Map.of();
        for (Instant t = T0; !t.isAfter(T0.plus(span)); t = t.plusSeconds(5)) {
            last = evaluator.update(Map.of("api-east", new ResourceReading("api-east", "east", "http-health",
                    Optional.of(new Observation("api-east", Health.DOWN, ReplicationRole.NONE, Optional.empty(),
                            Map.of("status", "503", "latency", "100ms"), t)), Optional.empty())), t);
        }
        return last;
    }

    @Test
    void aSignalWithoutASustainedTimeSaysOnlyHowLongItHasHeld() {
        Map<String, SignalStatus> statuses = failingFor(new SignalEvaluator(plan()), Duration.ofMinutes(6));

        assertThat(statuses.get("errors-high").evidence()).last().isEqualTo("held for 1m");
        assertThat(statuses.get("availability-low").evidence()).last().isEqualTo("held for 1m of 1m needed");
    }

    @Test
    void anOldJournalsOfNothingNeededReadsAsHowLongItHeldInChinese() {
        RecordedWords zhTw = new RecordedWords(ReportWords.of(TextLanguage.TRADITIONAL_CHINESE));
        RecordedWords zhCn = new RecordedWords(ReportWords.of(TextLanguage.SIMPLIFIED_CHINESE));

        assertThat(zhTw.reason("held for 40s of 0s needed")).isEqualTo("已持續 40秒");
        assertThat(zhTw.reason("held for 40s")).isEqualTo("已持續 40秒");
        assertThat(zhCn.reason("held for 40s")).isEqualTo("已持续 40秒");
        assertThat(zhTw.reason("held for 40s of 1m needed")).isEqualTo("已持續 40秒，需要 1分");
        assertThat(new RecordedWords(ReportWords.of(TextLanguage.ENGLISH)).reason("held for 40s")).isEqualTo("held for 40s");
    }
}

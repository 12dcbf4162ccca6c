package dev.warroom.core.incident;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warroom.core.plan.load.PlanLoader;
import dev.warroom.core.plan.model.Plan;
import dev.warroom.core.world.Health;
import dev.warroom.core.world.Observation;
import dev.warroom.core.world.ReplicationRole;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Thresholds over what the probes sample: judged only over a covered window, then sustained as any signal. */
class MetricSignalTest {

    private static final Instant T0 = Instant.parse("2026-12-01T00:00:00Z");

    private static Plan plan() {
        var loaded = new PlanLoader().load(Path.of("src/test/resources/plans/metrics/metric-signals.yaml"));
        return loaded.plan().orElseThrow(() -> new AssertionError(loaded.problems().toString()));
    }

    private static ResourceReading http(int status, long latencyMillis, Instant at) {
        Health health = status < 400 ? Health.UP : Health.DOWN;
        return new ResourceReading("api-east", "east", "http-health", Optional.of(new Observation("api-east", health, ReplicationRole.NONE,
                Optional.empty(), Map.of("status", Integer.toString(status), "latency", latencyMillis + "ms"), at)), Optional.empty());
    }

    private static ResourceReading unreachable() {
        return new ResourceReading("api-east", "east", "http-health", Optional.empty(), Optional.of("connection refused: east.example.com"));
    }

    private static ResourceReading replica(long lagSeconds, Instant at) {
        return new ResourceReading("db-west", "west", "postgres", Optional.of(new Observation("db-west", Health.UP, ReplicationRole.REPLICA,
                Optional.of(Duration.ofSeconds(lagSeconds)), Map.of(), at)), Optional.empty());
    }

    /** Feeds one reading of the endpoint every 5 s for {@code span}, the n-th of them from {@code reading}. */
    private static Map<String, SignalStatus> poll(SignalEvaluator evaluator, Instant from, Duration span,
            java.util.function.IntFunction<ResourceReading> reading) {
        Map<String, SignalStatus> last = Map.of();
        int n = 0;
        for (Instant t = from; !t.isAfter(from.plus(span)); t = t.plusSeconds(5), n++) {
            Map<String, ResourceReading> readings = new HashMap<>();
            readings.put("api-east", reading.apply(n));
            last = evaluator.update(readings, t);
        }
        return last;
    }

    @Test
    void theSeedsAlertRulesWrittenAsSignalsValidate() {
        var result = new dev.warroom.core.plan.validate.PlanValidation().validate(Path.of("src/test/resources/plans/metrics/metric-signals.yaml"));
        assertThat(result.problems()).isEmpty();
    }

    @Test
    void oneFailedProbeIsNotAnOutageAndNothingIsJudgedBeforeTheWindowIsCovered() {
        SignalEvaluator evaluator = new SignalEvaluator(plan());

        Map<String, SignalStatus> first = evaluator.update(Map.of("api-east", unreachable()), T0);
        assertThat(first.get("errors-high").holding()).isFalse();
        assertThat(first.get("errors-high").evidence()).containsExactly("api-east: only 0s of 5m sampled so far, not judged yet: error rate 100 % so far (1 of 1 samples failed)");

        Map<String, SignalStatus> later = poll(evaluator, T0.plusSeconds(5), Duration.ofSeconds(295), n -> http(200, 120, T0));
        assertThat(later.get("errors-high").holding()).isFalse();
        assertThat(later.get("errors-high").evidence()).containsExactly("api-east: error rate 1.6 % over 5m (1 of 61 samples failed)");
    }

    @Test
    void anErrorRateOverHalfTheWindowHoldsWithItsCountsInWords() {
        SignalEvaluator evaluator = new SignalEvaluator(plan());

        Map<String, SignalStatus> statuses = poll(evaluator, T0, Duration.ofMinutes(5), n -> n % 5 < 3 ? http(503, 900, T0) : http(200, 150, T0));

        SignalStatus errors = statuses.get("errors-high");
        assertThat(errors.satisfied()).isTrue();
        assertThat(errors.evidence()).first().isEqualTo("api-east: error rate 60.7 % over 5m (37 of 61 samples failed)");
        assertThat(evaluator.suggest(plan().decisionTree().nodes().get(0))).get().extracting(SuggestedAnswer::answer).isEqualTo("failover");
    }

    @Test
    void availabilityBelowItsTargetMustAlsoHoldForItsSustainedTime() {
        SignalEvaluator evaluator = new SignalEvaluator(plan());

        Map<String, SignalStatus> covered = poll(evaluator, T0, Duration.ofMinutes(5), n -> n == 50 ? unreachable() : http(200, 100, T0));
        assertThat(covered.get("availability-low").holding()).isTrue();
        assertThat(covered.get("availability-low").satisfied()).as("sustained 1m has not passed").isFalse();
        assertThat(covered.get("availability-low").evidence()).first().isEqualTo("api-east: availability 98.4 % over 5m (60 of 61 samples succeeded)");

        Map<String, SignalStatus> after = poll(evaluator, T0.plus(Duration.ofMinutes(5)).plusSeconds(5), Duration.ofSeconds(55),
                n -> http(200, 100, T0));
        assertThat(after.get("availability-low").satisfied()).isTrue();
    }

    @Test
    void theLatencyPercentileIsComparedWithTheThreshold() {
        SignalEvaluator evaluator = new SignalEvaluator(plan());

        Map<String, SignalStatus> mostlyFast = poll(evaluator, T0, Duration.ofMinutes(5), n -> http(200, n % 30 == 0 ? 12_400 : 300, T0));
        assertThat(mostlyFast.get("slow").holding()).as("3 slow samples in 61 stay above the 95th percentile").isFalse();
        assertThat(mostlyFast.get("slow").evidence()).containsExactly("api-east: p95 latency 0.3 s over 5m (61 samples)");

        Map<String, SignalStatus> slow = poll(evaluator, T0.plus(Duration.ofMinutes(5)).plusSeconds(5), Duration.ofMinutes(5),
                n -> http(200, n % 5 == 0 ? 300 : 12_400, T0));
        assertThat(slow.get("slow").satisfied()).isTrue();
        assertThat(slow.get("slow").evidence()).first().isEqualTo("api-east: p95 latency 12.4 s over 5m (61 samples)");
    }

    @Test
    void lagOverAWindowIsItsPercentileNotTheLastReading() {
        SignalEvaluator evaluator = new SignalEvaluator(plan());
        Map<String, SignalStatus> last = Map.of();
        for (int n = 0; n <= 24; n++) {
            Instant t = T0.plusSeconds(5L * n);
            last = evaluator.update(Map.of("db-west", replica(n < 20 ? 90 : 5, t)), t);
        }
        assertThat(last.get("lag-high").satisfied()).as("the last readings are low, most of the window is high").isTrue();
        assertThat(last.get("lag-high").evidence()).first().isEqualTo("db-west: p90 lag 90.0 s over 2m (25 samples)");
    }

    @Test
    void hoursOfFiveSecondPollsKeepOnlyTheWindow() {
        SignalEvaluator evaluator = new SignalEvaluator(plan());

        poll(evaluator, T0, Duration.ofHours(2), n -> http(200, 100, T0));

        assertThat(evaluator.samplesHeld()).isBetween(60, 62);
    }

    @Test
    void pollsFasterThanTheWindowCanUseAreThinnedToABoundedNumber() {
        SignalEvaluator evaluator = new SignalEvaluator(plan());
        Instant t = T0;
        for (int n = 0; n < 4_000; n++) {
            t = t.plusMillis(100);
            evaluator.update(Map.of("api-east", http(200, 100, t)), t);
        }
        assertThat(evaluator.samplesHeld()).isLessThanOrEqualTo(SampleWindows.MAX_SAMPLES + 1);
    }
}

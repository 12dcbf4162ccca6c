package dev.warroom.core.incident;

import dev.warroom.core.incident.SampleWindows.Sample;
import dev.warroom.core.plan.model.Signal;
import dev.warroom.core.plan.model.SignalCondition;
import dev.warroom.core.time.DurationText;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * A signal judged over a window of samples rather than one reading: error rate, availability, a latency
 * percentile, or a lag percentile. A resource passes only once its samples cover the whole window, so one
 * failed probe never makes a window on its own.
 */
final class WindowMetric {

    static final int DEFAULT_PERCENTILE = 95;

    /** One resource's verdict over the window, and the words for it. */
    record Verdict(boolean passes, String words) {
    }

    private WindowMetric() {
    }

    /** Whether {@code signal} is judged over a window: the metric conditions, and lag conditions that give one. */
    static boolean windowed(Signal signal) {
        return switch (signal.condition()) {
            case ERROR_RATE_ABOVE, AVAILABILITY_BELOW, LATENCY_ABOVE -> true;
            case LAG_ABOVE, LAG_BELOW -> signal.window() != null;
            default -> false;
        };
    }

    static Verdict judge(Signal signal, String resourceId, SampleWindows windows, Instant now) {
        Duration window = signal.window();
        Optional<Instant> since = windows.sampledSince(resourceId);
        if (since.isEmpty()) {
            return new Verdict(false, "not sampled yet (needs " + DurationText.human(window) + " of samples)");
        }
        Duration sampled = Duration.between(since.get(), now);
        List<Sample> samples = windows.within(resourceId, window, now);
        if (samples.isEmpty()) {
            return new Verdict(false, "no sample in the last " + DurationText.human(window));
        }
        Verdict over = switch (signal.condition()) {
            case ERROR_RATE_ABOVE, AVAILABILITY_BELOW -> rate(signal, samples);
            case LATENCY_ABOVE -> percentileOf(signal, samples, Sample::latency, "latency");
            case LAG_ABOVE, LAG_BELOW -> percentileOf(signal, samples, Sample::lag, "lag");
            default -> new Verdict(false, "not a windowed condition");
        };
        if (sampled.compareTo(window) < 0) {
            return new Verdict(false, "only " + DurationText.human(sampled) + " of " + DurationText.human(window) + " sampled so far, not judged yet: "
                    + over.words().replace(" over " + DurationText.human(window), " so far"));
        }
        return over;
    }

    private static Verdict rate(Signal signal, List<Sample> samples) {
        long failed = samples.stream().filter(Sample::failed).count();
        double errorRate = 100.0 * failed / samples.size();
        double limit = signal.percent() == null ? 0 : signal.percent();
        String window = DurationText.human(signal.window());
        if (signal.condition() == SignalCondition.ERROR_RATE_ABOVE) {
            return new Verdict(errorRate > limit, "error rate " + percent(errorRate) + " over " + window + " (" + failed + " of "
                    + samples.size() + " samples failed)");
        }
        double availability = 100.0 - errorRate;
        return new Verdict(availability < limit, "availability " + percent(availability) + " over " + window + " ("
                + (samples.size() - failed) + " of " + samples.size() + " samples succeeded)");
    }

    private static Verdict percentileOf(Signal signal, List<Sample> samples, Function<Sample, Optional<Duration>> value, String what) {
        List<Duration> values = samples.stream().map(value).flatMap(Optional::stream).sorted().toList();
        int p = signal.percentile() == null ? DEFAULT_PERCENTILE : signal.percentile();
        String window = DurationText.human(signal.window());
        if (values.isEmpty()) {
            return new Verdict(false, "no " + what + " sampled over " + window);
        }
        int rank = (int) Math.ceil(p / 100.0 * values.size());
        Duration at = values.get(Math.max(0, Math.min(values.size(), rank) - 1));
        Duration threshold = signal.threshold() == null ? Duration.ZERO : signal.threshold();
        boolean passes = signal.condition() == SignalCondition.LAG_BELOW ? at.compareTo(threshold) < 0 : at.compareTo(threshold) > 0;
        return new Verdict(passes, "p" + p + " " + what + " " + seconds(at) + " over " + window + " (" + values.size() + " samples)");
    }

    /** 62 %, 99.5 %: whole numbers without a decimal, others to one. */
    static String percent(double value) {
        double rounded = Math.round(value * 10) / 10.0;
        return (rounded == Math.rint(rounded) ? String.valueOf((long) rounded) : String.format(Locale.ROOT, "%.1f", rounded)) + " %";
    }

    /** 12.4 s, 0.3 s: a latency in seconds to one decimal, or in milliseconds below a tenth of a second. */
    static String seconds(Duration d) {
        long ms = d.toMillis();
        return ms < 100 ? ms + " ms" : String.format(Locale.ROOT, "%.1f s", ms / 1000.0);
    }
}

package dev.warroom.core.incident;

import dev.warroom.core.world.Health;
import dev.warroom.core.world.Observation;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The recent samples of each resource a windowed signal looks at, taken from the readings the engine is fed.
 * Bounded: a resource keeps only the samples of its longest window, and at most {@link #MAX_SAMPLES} of them,
 * because samples closer together than that window's {@code 1/MAX_SAMPLES} are not kept. Starts empty (a
 * resumed incident samples afresh). Not thread-safe.
 */
final class SampleWindows {

    /** The most samples one resource keeps, however often it is polled. */
    static final int MAX_SAMPLES = 600;

    private static final Pattern MILLIS = Pattern.compile("([0-9]+(?:\\.[0-9]+)?)\\s*ms");
    private static final Pattern SECONDS = Pattern.compile("([0-9]+(?:\\.[0-9]+)?)\\s*s");

    /** One reading reduced to what metrics need. */
    record Sample(Instant at, boolean failed, Optional<Duration> latency, Optional<Duration> lag) {
    }

    private final Map<String, Duration> longestWindow;
    private final Map<String, Deque<Sample>> samples = new HashMap<>();
    private final Map<String, Instant> sampledSince = new HashMap<>();

    /** @param longestWindow for each sampled resource, the longest window any signal judges it over */
    SampleWindows(Map<String, Duration> longestWindow) {
        this.longestWindow = Map.copyOf(longestWindow);
    }

    boolean isEmpty() {
        return longestWindow.isEmpty();
    }

    /** Takes a sample of every sampled resource from {@code readings} at {@code now}; a resource with no reading is not sampled. */
    void add(Map<String, ResourceReading> readings, Instant now) {
        longestWindow.forEach((id, window) -> {
            ResourceReading reading = readings.get(id);
            if (reading == null || reading.reachable() && reading.observation().isEmpty()) {
                return;
            }
            Deque<Sample> kept = samples.computeIfAbsent(id, k -> new ArrayDeque<>());
            Duration spacing = window.dividedBy(MAX_SAMPLES);
            if (!kept.isEmpty() && Duration.between(kept.peekLast().at(), now).compareTo(spacing) < 0) {
                return;
            }
            sampledSince.putIfAbsent(id, now);
            kept.addLast(sample(reading, now));
            while (kept.size() > 1 && Duration.between(kept.peekFirst().at(), now).compareTo(window) > 0) {
                kept.removeFirst();
            }
        });
    }

    /** When sampling of {@code resourceId} began (since this evaluator started); empty before its first sample. */
    Optional<Instant> sampledSince(String resourceId) {
        return Optional.ofNullable(sampledSince.get(resourceId));
    }

    /** The samples of {@code resourceId} taken within {@code window} before {@code now}, oldest first. */
    List<Sample> within(String resourceId, Duration window, Instant now) {
        Instant from = now.minus(window);
        List<Sample> in = new ArrayList<>();
        for (Sample s : samples.getOrDefault(resourceId, new ArrayDeque<>())) {
            if (!s.at().isBefore(from) && !s.at().isAfter(now)) {
                in.add(s);
            }
        }
        return in;
    }

    /** How many samples are held in all: what the memory bound is about. */
    int size() {
        return samples.values().stream().mapToInt(Deque::size).sum();
    }

    static Sample sample(ResourceReading reading, Instant now) {
        Optional<Observation> seen = reading.observation();
        boolean failed = !reading.reachable() || seen.map(o -> o.health() == Health.DOWN).orElse(true)
                || seen.flatMap(o -> o.attribute("status")).flatMap(SampleWindows::httpStatus).map(s -> s >= 500).orElse(false);
        Optional<Duration> latency = reading.reachable() ? seen.flatMap(o -> o.attribute("latency")).flatMap(SampleWindows::duration)
                : Optional.empty();
        Optional<Duration> lag = reading.reachable() ? seen.flatMap(Observation::lag) : Optional.empty();
        return new Sample(now, failed, latency, lag);
    }

    private static Optional<Integer> httpStatus(String text) {
        String t = text.strip();
        return t.matches("[1-5][0-9][0-9]") ? Optional.of(Integer.parseInt(t)) : Optional.empty();
    }

    /** A latency as the probes write it ({@code 143ms}); seconds ({@code 1.5s}) are read too. */
    static Optional<Duration> duration(String text) {
        String t = text.strip();
        Matcher ms = MILLIS.matcher(t);
        if (ms.matches()) {
            return Optional.of(Duration.ofNanos(Math.round(Double.parseDouble(ms.group(1)) * 1_000_000)));
        }
        Matcher s = SECONDS.matcher(t);
        if (s.matches()) {
            return Optional.of(Duration.ofNanos(Math.round(Double.parseDouble(s.group(1)) * 1_000_000_000)));
        }
        return Optional.empty();
    }
}

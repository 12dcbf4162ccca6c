package dev.warroom.core.incident;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Polls the state board for the engine and records each resource's change of health, role or
 * reachability (not every lag tick) as a {@code state.changed} event, so the timeline shows what
 * the commander saw when deciding; a replica's lag at that moment goes with it ({@code lagMillis}), for the
 * report's lag chart. Thread-safe: a step's watch and a view's refresh may poll at once.
 */
final class StateRecorder {

    private final LiveState live;
    private final Map<String, String> lastWords = new HashMap<>();
    private final Map<String, Instant> changedAt = new ConcurrentHashMap<>();

    StateRecorder(LiveState live, List<IncidentEvent> history) {
        this(live, new Recorded(Map.of(), Map.of()), history);
    }

    /** Picks up from what a checkpoint kept ({@code before}), then {@code history}: the events after it. */
    StateRecorder(LiveState live, Recorded before, List<IncidentEvent> history) {
        this.live = live;
        RecordedFold folded = new RecordedFold(before);
        history.forEach(folded::apply);
        lastWords.putAll(folded.recorded().lastWords());
        changedAt.putAll(folded.recorded().changedAt());
    }

    /** Each resource's last recorded state in words, and when it was recorded: what a checkpoint keeps of the recorder. */
    record Recorded(Map<String, String> lastWords, Map<String, Instant> changedAt) {
    }

    /** Since when each resource has shown its current state, as far as the journal knows: it survives a resume. */
    Map<String, Instant> unchangedSince() {
        return Map.copyOf(changedAt);
    }

    /** Polls every probe now and records what changed. */
    Map<String, ResourceReading> poll(Recorder recorder) throws IOException {
        return record(live.refresh(), recorder);
    }

    /** Records what changed in the board's latest snapshot, without polling again. */
    Map<String, ResourceReading> latest(Recorder recorder) throws IOException {
        return record(live.latest(), recorder);
    }

    private synchronized Map<String, ResourceReading> record(Map<String, ResourceReading> readings, Recorder recorder)
            throws IOException {
        for (ResourceReading reading : readings.values()) {
            String words = words(reading);
            String before = lastWords.put(reading.resourceId(), words);
            if (!words.equals(before)) {
                ObjectNode data = JsonNodeFactory.instance.objectNode()
                        .put("resource", reading.resourceId())
                        .put("site", reading.siteId())
                        .put("state", words)
                        .put("was", before == null ? EventTypes.NOT_OBSERVED_BEFORE : before);
                // an int where it fits, as the journal reads a number back: the event published equals the event journalled
                reading.observation().flatMap(dev.warroom.core.world.Observation::lag).map(java.time.Duration::toMillis)
                        .ifPresent(millis -> {
                            if (millis <= Integer.MAX_VALUE) {
                                data.put("lagMillis", millis.intValue());
                            } else {
                                data.put("lagMillis", millis);
                            }
                        });
                changedAt.put(reading.resourceId(), recorder.record(EventTypes.STATE_CHANGED, "warroom", data).time());
            }
        }
        return readings;
    }

    Map<String, ResourceReading> latest() {
        return live.latest();
    }

    private static String words(ResourceReading reading) {
        if (!reading.reachable()) {
            return reading.problem().orElse("unreachable");
        }
        return reading.observation().map(o -> {
            String health = o.health().name().toLowerCase(java.util.Locale.ROOT);
            return o.role() == dev.warroom.core.world.ReplicationRole.NONE ? health
                    : health + ", " + o.role().name().toLowerCase(java.util.Locale.ROOT);
        }).orElse("no observation");
    }

    /** Where recorded events go (the engine's journal-and-fold). */
    @FunctionalInterface
    interface Recorder {
        IncidentEvent record(String type, String actor, ObjectNode data) throws IOException;
    }
}

package dev.warroom.core.incident;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the state recorder knows, folded from the journalled {@code state.changed} events alone: each resource's last
 * recorded state in words and when it was recorded. Folded on the writer beside the incident's fold, so that a
 * checkpoint taken between two events holds exactly what those events say. Not thread-safe.
 */
final class RecordedFold {

    private final Map<String, String> lastWords = new TreeMap<>();
    private final Map<String, Instant> changedAt = new TreeMap<>();

    RecordedFold(StateRecorder.Recorded before) {
        lastWords.putAll(before.lastWords());
        changedAt.putAll(before.changedAt());
    }

    void apply(IncidentEvent e) {
        if (EventTypes.STATE_CHANGED.equals(e.type())) {
            lastWords.put(e.text("resource"), e.text("state"));
            changedAt.put(e.text("resource"), e.time());
        }
    }

    StateRecorder.Recorded recorded() {
        return new StateRecorder.Recorded(new TreeMap<>(lastWords), new TreeMap<>(changedAt));
    }
}

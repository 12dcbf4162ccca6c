package dev.warroom.core.report;

import dev.warroom.core.incident.EventTypes;
import dev.warroom.core.incident.IncidentEvent;
import dev.warroom.core.report.words.ReportWords;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The board's first reading of each resource, one after the other (as when an incident opens on a plan of 35
 * resources, all at the same time), said in one timeline row instead of one row a resource: how many, then each state
 * with the resources read in it, in the order they were read. Every resource and state the events hold is in the row; a first reading
 * that stands alone among other events keeps its own row.
 */
final class FirstReadings {

    /** Fewer in a row than this keep their own rows. */
    static final int FEWEST_TOGETHER = 3;

    private final RecordedWords recorded;
    private final ReportWords say;

    FirstReadings(RecordedWords recorded, ReportWords say) {
        this.recorded = recorded;
        this.say = say;
    }

    static boolean isOne(IncidentEvent e) {
        return e.type().equals(EventTypes.STATE_CHANGED) && e.text("was").equals(EventTypes.NOT_OBSERVED_BEFORE);
    }

    /** How long the run of first readings starting at {@code from}, all at the same time, is. */
    static int runLength(List<IncidentEvent> events, int from) {
        int end = from;
        while (end < events.size() && isOne(events.get(end)) && events.get(end).time().equals(events.get(from).time())) {
            end++;
        }
        return end - from;
    }

    String event(List<IncidentEvent> run) {
        return say.get("timeline.first-readings", run.size());
    }

    /** {@code up: dns-api, front-door; down, primary: db-prod}, in this language. */
    String outcome(List<IncidentEvent> run) {
        Map<String, List<String>> byState = new LinkedHashMap<>();
        for (IncidentEvent e : run) {
            byState.computeIfAbsent(recorded.state(e.text("state")), state -> new ArrayList<>()).add(e.text("resource"));
        }
        List<String> groups = new ArrayList<>();
        byState.forEach((state, resources) -> groups.add(say.get("timeline.first-readings.state", state,
                String.join(say.get("timeline.first-readings.between"), resources))));
        return recorded.joined(groups);
    }
}

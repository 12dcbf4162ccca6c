package dev.warroom.core.report;

import com.fasterxml.jackson.databind.JsonNode;
import dev.warroom.core.incident.EventTypes;
import dev.warroom.core.incident.IncidentEvent;
import dev.warroom.core.text.TextLanguage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A drill's events in the timeline's words (the report's timeline; the room leaves out what only the
 * facilitator may see, by {@link EventTypes#facilitatorOnly}). Plain words; {@link TimelineWords} makes them safe.
 */
final class DrillTimelineWords {

    private DrillTimelineWords() {
    }

    static Optional<TimelineWords.Words> describe(IncidentEvent e, TextLanguage language) {
        String inject = e.text("inject");
        return Optional.ofNullable(switch (e.type()) {
            case EventTypes.INJECT_TRIGGERED -> words("Inject " + inject + " came due (its trigger)", "");
            case EventTypes.INJECT_FIRED -> words("Inject " + inject + " fired " + how(e.text("by"), e.actor()),
                    String.join(" · ", nonBlank(language.pick(e.text("message"), e.text("messageEn")), e.text("worldChange"))));
            case EventTypes.INJECT_HELD -> words("Inject " + inject + " held", "");
            case EventTypes.INJECT_RELEASED -> words("Inject " + inject + " released", "");
            case EventTypes.INJECT_SKIPPED -> words("Inject " + inject + " skipped", e.text("reason"));
            case EventTypes.INJECT_ADDED -> words("Inject " + e.data().path("inject").path("id").asText("") + " added", "");
            case EventTypes.INJECT_ACKNOWLEDGED -> words("Inject " + inject + " acknowledged", "");
            case EventTypes.INJECTS_LAPSED -> words("Injects never fired", lapsed(e.data().path("injects")));
            case EventTypes.CLOCK_PAUSED -> words("Drill clock paused", "");
            case EventTypes.CLOCK_RESUMED -> words("Drill clock resumed", e.text("heldFor").isEmpty() ? "" : "held " + e.text("heldFor"));
            case EventTypes.CLOCK_SPEED_CHANGED -> words("Drill clock speed " + e.text("speed") + "×", "");
            case EventTypes.OBSERVATION_ADDED -> new TimelineWords.Words("observation", "Observation (" + e.text("kind") + "): "
                    + e.text("text"), String.join(" · ", nonBlank(e.text("criterion"), e.text("objective"))));
            case EventTypes.CRITERION_JUDGED -> words("Criterion " + e.text("criterion") + ": " + e.text("verdict"),
                    String.join(" · ", nonBlank(e.text("measured").isEmpty() ? "" : "measured " + e.text("measured"),
                            e.text("target").isEmpty() ? "" : "target " + e.text("target"), e.text("evidence"))));
            case EventTypes.HOT_WASH_RECORDED -> words("Hot wash recorded", e.data().path("actions").size() + " action item(s)");
            case EventTypes.CLEANUP_TICKED -> words("Cleanup ticked: " + e.text("item"), "");
            case EventTypes.DRILL_CLOSED -> words("Drill closed", e.text("reason"));
            default -> null;
        });
    }

    private static TimelineWords.Words words(String event, String outcome) {
        return new TimelineWords.Words("drill", event, outcome);
    }

    private static String how(String by, String actor) {
        return switch (by) {
            case "schedule" -> "on schedule";
            case "trigger" -> "by its trigger";
            default -> "by hand (" + actor + ")";
        };
    }

    private static String lapsed(JsonNode injects) {
        List<String> said = new ArrayList<>();
        injects.forEach(i -> said.add(i.path("inject").asText("") + ": " + i.path("status").asText("").replace('-', ' ')));
        return String.join(", ", said);
    }

    private static List<String> nonBlank(String... texts) {
        List<String> kept = new ArrayList<>();
        for (String t : texts) {
            if (t != null && !t.isBlank()) {
                kept.add(t);
            }
        }
        return kept;
    }
}

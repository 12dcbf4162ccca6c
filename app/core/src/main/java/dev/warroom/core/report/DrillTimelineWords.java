package dev.warroom.core.report;

import com.fasterxml.jackson.databind.JsonNode;
import dev.warroom.core.incident.EventTypes;
import dev.warroom.core.incident.IncidentEvent;
import dev.warroom.core.report.words.ReportWords;
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

    static Optional<TimelineWords.Words> describe(IncidentEvent e, TextLanguage language, ReportWords say) {
        String inject = e.text("inject");
        return Optional.ofNullable(switch (e.type()) {
            case EventTypes.INJECT_TRIGGERED -> words(say.get("timeline.drill.inject-due", inject), "");
            case EventTypes.INJECT_FIRED -> words(say.get("timeline.drill.inject-fired", inject, how(e.text("by"), e.actor(), say)),
                    String.join(" · ", nonBlank(language.pick(e.text("message"), e.text("messageEn")),
                            new RecordedWords(say).reason(e.text("worldChange")))));
            case EventTypes.INJECT_HELD -> words(say.get("timeline.drill.inject-held", inject), "");
            case EventTypes.INJECT_RELEASED -> words(say.get("timeline.drill.inject-released", inject), "");
            case EventTypes.INJECT_SKIPPED -> words(say.get("timeline.drill.inject-skipped", inject), e.text("reason"));
            case EventTypes.INJECT_ADDED -> words(say.get("timeline.drill.inject-added", e.data().path("inject").path("id").asText("")), "");
            case EventTypes.INJECT_ACKNOWLEDGED -> words(say.get("timeline.drill.inject-acknowledged", inject), "");
            case EventTypes.INJECTS_LAPSED -> words(say.get("timeline.drill.lapsed"), lapsed(e.data().path("injects"), say));
            case EventTypes.CLOCK_PAUSED -> words(say.get("timeline.drill.clock-paused"), "");
            case EventTypes.CLOCK_RESUMED -> words(say.get("timeline.drill.clock-resumed"), e.text("heldFor").isEmpty() ? ""
                    : say.get("timeline.drill.held-for", e.text("heldFor")));
            case EventTypes.CLOCK_SPEED_CHANGED -> words(say.get("timeline.drill.clock-speed", e.text("speed")), "");
            case EventTypes.OBSERVATION_ADDED -> new TimelineWords.Words("observation", say.get("timeline.drill.observation",
                    code("timeline.drill.kind.", e.text("kind"), say), e.text("text")),
                    String.join(" · ", nonBlank(e.text("criterion"), e.text("objective"))));
            case EventTypes.CRITERION_JUDGED -> words(say.get("timeline.drill.criterion", e.text("criterion"),
                    code("timeline.drill.verdict.", e.text("verdict"), say)),
                    String.join(" · ", nonBlank(e.text("measured").isEmpty() ? "" : say.get("timeline.drill.measured", e.text("measured")),
                            e.text("target").isEmpty() ? "" : say.get("timeline.drill.target", e.text("target")),
                            new RecordedWords(say).criterionEvidence(e.text("evidence")))));
            case EventTypes.HOT_WASH_RECORDED -> words(say.get("timeline.drill.hot-wash"),
                    say.get("timeline.drill.hot-wash.actions", String.valueOf(e.data().path("actions").size())));
            case EventTypes.CLEANUP_TICKED -> words(say.get("timeline.drill.cleanup-ticked", e.text("item")), "");
            case EventTypes.DRILL_CLOSED -> words(say.get("timeline.drill.closed"), e.text("reason"));
            default -> null;
        });
    }

    private static TimelineWords.Words words(String event, String outcome) {
        return new TimelineWords.Words("drill", event, outcome);
    }

    private static String how(String by, String actor, ReportWords say) {
        return switch (by) {
            case "schedule" -> say.get("inject.by-schedule");
            case "trigger" -> say.get("inject.by-trigger");
            default -> say.get("inject.by-hand", actor);
        };
    }

    /** A code the journal records (a verdict, a kind, a status) in words; one the bundles do not know reads as recorded. */
    private static String code(String prefix, String recorded, ReportWords say) {
        return say.has(prefix + recorded) ? say.get(prefix + recorded) : recorded;
    }

    private static String lapsed(JsonNode injects, ReportWords say) {
        List<String> said = new ArrayList<>();
        injects.forEach(i -> said.add(i.path("inject").asText("") + ": " + code("timeline.drill.status.", i.path("status").asText(""), say).replace('-', ' ')));
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

package dev.warroom.console.room.model;

import dev.warroom.core.drill.InjectState;
import dev.warroom.core.incident.EventTypes;
import dev.warroom.core.incident.IncidentEvent;
import dev.warroom.core.incident.IncidentState;
import dev.warroom.core.plan.PlanLanguage;
import dev.warroom.core.plan.model.Plan;
import dev.warroom.core.report.TimelineWords;
import dev.warroom.core.text.SafeText;
import dev.warroom.core.text.TextLanguage;
import java.util.Optional;

/**
 * The room's timeline words for the drill events the team may see. An acknowledged inject becomes its entry
 * with the message (the card collapses into it); the drill clock and the cleanup are said where the engine's
 * own words have nothing to say. Facilitator-only events never get here: the room drops them first.
 */
final class DrillTimelineWords {

    private final Plan plan;
    private final TextLanguage language;

    DrillTimelineWords(Plan plan) {
        this.plan = plan;
        this.language = PlanLanguage.of(plan);
    }

    /** Words for {@code event} (with the state after it) when the room says it itself; empty to leave it to the engine's words. */
    Optional<TimelineWords.Words> describe(IncidentEvent event, IncidentState after, Optional<TimelineWords.Words> engine) {
        if (event.type().equals(EventTypes.INJECT_ACKNOWLEDGED)) {
            String message = after.drill().flatMap(d -> d.inject(event.text("inject"))).map(InjectState::inject)
                    .map(i -> language.pick(i.message(), i.messageEn())).orElse(event.text("inject"));
            return Optional.of(words("inject", message, "acknowledged"));
        }
        if (engine.isPresent() && !engine.get().kind().equals("other")) {
            return engine;
        }
        return Optional.ofNullable(switch (event.type()) {
            case EventTypes.CLOCK_PAUSED -> words("incident", "Drill clock paused", "");
            case EventTypes.CLOCK_RESUMED -> words("incident", "Drill clock resumed", event.text("heldFor").isEmpty() ? ""
                    : "paused for " + event.text("heldFor"));
            case EventTypes.CLOCK_SPEED_CHANGED -> words("incident", "Drill clock runs at " + event.text("speed") + "×", "");
            case EventTypes.CLEANUP_TICKED -> words("checklist", "Cleanup ticked: " + cleanupTitle(after, event.text("item")), "");
            case EventTypes.DRILL_CLOSED -> words("incident", "Drill closed", event.text("reason"));
            default -> null;
        }).or(() -> engine);
    }

    private String cleanupTitle(IncidentState state, String itemId) {
        return RoomDrill.of(plan, state).flatMap(d -> d.cleanup().stream().filter(item -> item.id().equals(itemId)).findFirst())
                .map(item -> language.pick(item.title(), item.titleEn())).orElse(itemId);
    }

    private static TimelineWords.Words words(String kind, String event, String outcome) {
        return new TimelineWords.Words(kind, SafeText.forDisplay(event), SafeText.forDisplay(outcome));
    }
}

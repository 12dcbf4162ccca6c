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
 * The room's timeline words for the drill events the team may see: an acknowledged inject becomes its entry
 * with the message (the card collapses into it) as the plan writes it, the engine's words ("Inject … acknowledged",
 * in the room's language) beneath. Every other drill event keeps the engine's words. Facilitator-only events never
 * get here: the room drops them first.
 */
final class DrillTimelineWords {

    private final TextLanguage planLanguage;

    DrillTimelineWords(Plan plan) {
        this.planLanguage = PlanLanguage.of(plan);
    }

    /** Words for {@code event} (with the incident's state after it, or later) when the room says it itself; else the engine's words. */
    Optional<TimelineWords.Words> describe(IncidentEvent event, IncidentState state, Optional<TimelineWords.Words> engine) {
        if (!event.type().equals(EventTypes.INJECT_ACKNOWLEDGED) || engine.isEmpty()) {
            return engine;
        }
        String message = state.drill().flatMap(d -> d.inject(event.text("inject"))).map(InjectState::inject)
                .map(i -> planLanguage.pick(i.message(), i.messageEn())).orElse(event.text("inject"));
        return Optional.of(new TimelineWords.Words("inject", SafeText.forDisplay(message), engine.get().event()));
    }
}

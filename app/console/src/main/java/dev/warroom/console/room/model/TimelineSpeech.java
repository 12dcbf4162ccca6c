package dev.warroom.console.room.model;

import dev.warroom.core.incident.IncidentEvent;
import dev.warroom.core.incident.IncidentState;
import dev.warroom.core.plan.PlanLanguage;
import dev.warroom.core.plan.model.Plan;
import dev.warroom.core.report.TimelineWords;
import dev.warroom.core.report.words.ReportWords;
import dev.warroom.core.text.TextLanguage;
import java.util.Optional;

/**
 * The room's timeline entries in one language: WarRoom's own phrases ("Done: …", "Decision point: …") in it,
 * the plan's titles, questions and messages as the plan is written (its own language, as everywhere in the room's
 * timeline), and what people typed as they typed it.
 */
final class TimelineSpeech {

    private final TextLanguage language;
    private final TimelineWords words;
    private final DrillTimelineWords drillWords;

    TimelineSpeech(Plan plan, TextLanguage language) {
        this.language = language;
        this.words = new TimelineWords(plan, PlanLanguage.of(plan), ReportWords.of(language));
        this.drillWords = new DrillTimelineWords(plan);
    }

    TextLanguage language() {
        return language;
    }

    /** The entry for {@code event}, with the incident's state after it (or a later one: what an inject said does not change). */
    Optional<TimelineEntry> entry(IncidentEvent event, IncidentState state) {
        return drillWords.describe(event, state, words.describe(event))
                .map(w -> new TimelineEntry(event.seq(), event.time(), w.kind(), w.event(), event.actor(), w.outcome()));
    }
}

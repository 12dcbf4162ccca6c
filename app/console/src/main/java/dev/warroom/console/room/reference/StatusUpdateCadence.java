package dev.warroom.console.room.reference;

import dev.warroom.core.incident.IncidentState;
import dev.warroom.core.incident.Note;
import dev.warroom.core.incident.NoteKind;
import dev.warroom.core.plan.model.Plan;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * When the next stakeholder update is due, on the incident clock: the plan's status-update interval after
 * the last update the team wrote on the timeline (a note that begins "status update", in any of the console's
 * languages), or after the opening when none was written yet.
 */
public final class StatusUpdateCadence {

    /** How a note says it records a stakeholder update; the panel's "update sent" button writes the first. */
    public static final List<String> NOTE_PREFIXES = List.of("status update", "狀態更新", "状态更新");

    private StatusUpdateCadence() {
    }

    /** The plan's interval, when it has one. */
    public static Optional<Duration> interval(Plan plan) {
        return Optional.ofNullable(plan.communication()).map(c -> c.updates()).map(u -> u.every())
                .filter(every -> !every.isZero() && !every.isNegative());
    }

    /** When the last update went out: the last status-update note, else the opening. */
    public static Instant lastUpdate(IncidentState state) {
        Instant last = state.openedAt();
        for (Note note : state.notes()) {
            if (isStatusUpdate(note) && note.at().isAfter(last)) {
                last = note.at();
            }
        }
        return last;
    }

    /** How long until the next update is due at {@code now}; negative when it is overdue. */
    public static Optional<Duration> dueIn(Plan plan, IncidentState state, Instant now) {
        return interval(plan).map(every -> Duration.between(now, lastUpdate(state).plus(every)));
    }

    static boolean isStatusUpdate(Note note) {
        String text = note.text().strip().toLowerCase(Locale.ROOT);
        return note.kind() == NoteKind.NOTE && NOTE_PREFIXES.stream().anyMatch(text::startsWith);
    }
}

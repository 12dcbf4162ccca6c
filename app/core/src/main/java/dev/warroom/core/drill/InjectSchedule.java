package dev.warroom.core.drill;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When injects come due. A scheduled inject's {@code at} counts on the drill's schedule from its start:
 * in TABLETOP the schedule is the incident's own clock (a paused clock stops it); in DRILL time is real,
 * and the schedule is real time since the start minus what the facilitator held it for. A triggered inject
 * (or an ad-hoc one due at once) is due at the incident time its trigger recorded.
 */
public final class InjectSchedule {

    private InjectSchedule() {
    }

    /**
     * How far the drill's schedule has run at {@code now}.
     *
     * @param realTime true in DRILL, where a pause holds only the schedule (the incident's clock keeps running)
     */
    public static Duration elapsed(DrillState drill, Instant now, boolean realTime) {
        Duration sinceStart = Duration.between(drill.startedAt(), now);
        if (!realTime) {
            return nonNegative(sinceStart);
        }
        Duration held = drill.clock().heldFor();
        Optional<Instant> pausedAt = drill.clock().pausedAt().filter(p -> drill.clock().paused());
        if (pausedAt.isPresent() && now.isAfter(pausedAt.get())) {
            held = held.plus(Duration.between(pausedAt.get(), now));
        }
        return nonNegative(sinceStart.minus(held));
    }

    /**
     * The incident time a scheduled inject is due at, as the schedule stands (DRILL: later by the time the
     * schedule was held so far).
     */
    public static Instant scheduledAt(Instant drillStart, Duration at, Duration heldFor, boolean realTime) {
        return drillStart.plus(at).plus(realTime ? heldFor : Duration.ZERO);
    }

    /** Whether an inject still open has come due at {@code now} (held or not: holding is the caller's concern). */
    public static boolean isDue(InjectState inject, DrillState drill, Instant now, boolean realTime) {
        if (!inject.status().isOpen()) {
            return false;
        }
        if (inject.inject().at() != null && !inject.inject().triggered()) {
            return elapsed(drill, now, realTime).compareTo(inject.inject().at()) >= 0;
        }
        return inject.dueAt().map(due -> !now.isBefore(due)).orElse(false);
    }

    /**
     * An inject's status as of {@code now} rather than as of the last event folded: a held inject whose
     * time has come is due even if nothing has been journalled since (for a view that ticks with the clock).
     */
    public static InjectStatus statusAt(InjectState inject, DrillState drill, Instant now, boolean realTime) {
        if (inject.status() == InjectStatus.HELD && isDue(inject, drill, now, realTime)) {
            return InjectStatus.DUE;
        }
        return inject.status();
    }

    /** When the schedule stands still: a paused drill clock fires nothing on its own. */
    public static boolean running(DrillState drill) {
        return !drill.clock().paused() && !drill.closed();
    }

    private static Duration nonNegative(Duration d) {
        return d.isNegative() ? Duration.ZERO : d;
    }
}

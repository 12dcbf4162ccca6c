package dev.warroom.service;

import dev.warroom.core.incident.Mode;
import dev.warroom.core.time.AcceleratedClock;
import dev.warroom.core.time.IncidentClock;
import dev.warroom.core.time.SystemIncidentClock;
import dev.warroom.core.time.VirtualClock;
import java.time.Instant;

/**
 * How a TABLETOP's time runs: on a virtual clock (instant, for the autopilot and tests) or accelerated
 * by {@code speed} incident seconds per real second. DRILL and LIVE always run in real time.
 */
public record ClockChoice(boolean virtual, double speed) {

    public static ClockChoice virtualTime() {
        return new ClockChoice(true, 1);
    }

    public static ClockChoice accelerated(double speed) {
        return new ClockChoice(false, speed);
    }

    IncidentClock clockFor(Mode mode, Instant start) {
        if (mode != Mode.TABLETOP) {
            return new SystemIncidentClock();
        }
        return virtual ? new VirtualClock(start) : new AcceleratedClock(start, speed);
    }
}

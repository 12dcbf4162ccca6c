package dev.warroom.core.time;

import java.time.Duration;
import java.time.Instant;

/**
 * The incident's time: real in LIVE, accelerated in drills, virtual (instant) in tests and
 * TABLETOP --auto. Everything that waits for the world waits through this clock. Thread-safe.
 */
public interface IncidentClock {

    Instant now();

    /** Waits {@code duration} of incident time (a virtual clock just moves forward). */
    void sleep(Duration duration) throws InterruptedException;

    /** How many incident seconds pass per real second (1 for real time; infinite for virtual). */
    double speed();
}

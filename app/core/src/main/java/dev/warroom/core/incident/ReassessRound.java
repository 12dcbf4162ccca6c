package dev.warroom.core.incident;

import java.time.Instant;
import java.util.List;

/** One round of a reassess node as journalled: its number (from 1), when, whether it found the situation recovered, and why. */
public record ReassessRound(int round, Instant at, boolean recovered, List<String> evidence) {

    public ReassessRound {
        evidence = List.copyOf(evidence);
    }
}

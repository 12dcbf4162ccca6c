package dev.warroom.core.incident;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Where a signal stands now: whether its condition holds, for how long, whether that is long
 * enough, and the readings behind it in words.
 */
public record SignalStatus(String signalId, boolean holding, Duration heldFor, Duration needed, List<String> evidence) {

    public SignalStatus {
        evidence = List.copyOf(evidence);
    }

    public boolean satisfied() {
        return holding && heldFor.compareTo(needed) >= 0;
    }

    /** How much longer the condition must hold before the signal counts, if it holds at all. */
    public Optional<Duration> remaining() {
        return holding && !satisfied() ? Optional.of(needed.minus(heldFor)) : Optional.empty();
    }
}

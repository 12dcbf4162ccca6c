package dev.warroom.core.incident;

import java.time.Duration;
import java.util.List;

/**
 * One suggestion of the current question and how far its signal has got: {@code holding} (the condition
 * holds now), {@code heldFor} of {@code needed}, the evidence in words. {@code offered} marks the one
 * suggested now; {@code stronger} marks one listed before it (more specific) that is still building up,
 * so the commander sees what may replace the offered answer and when.
 */
public record SuggestionProgress(String node, String answer, String signal, boolean holding, Duration heldFor,
        Duration needed, List<String> evidence, boolean offered, boolean stronger) {

    public SuggestionProgress {
        evidence = List.copyOf(evidence);
    }

    public boolean satisfied() {
        return holding && heldFor.compareTo(needed) >= 0;
    }

    public Duration remaining() {
        return satisfied() || !holding ? Duration.ZERO : needed.minus(heldFor);
    }
}

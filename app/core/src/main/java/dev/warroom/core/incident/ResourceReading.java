package dev.warroom.core.incident;

import dev.warroom.core.world.Observation;
import java.util.Optional;

/**
 * What the engine knows of one resource at a moment: the last observation (if any) and whether the
 * latest poll reached it ({@code problem} says why not, in words).
 */
public record ResourceReading(String resourceId, String siteId, String kind, Optional<Observation> observation,
        Optional<String> problem) {

    public boolean reachable() {
        return problem.isEmpty();
    }
}

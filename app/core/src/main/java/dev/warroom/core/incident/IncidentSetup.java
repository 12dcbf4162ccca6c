package dev.warroom.core.incident;

import dev.warroom.core.plan.model.Plan;
import dev.warroom.core.plan.model.Scenario;
import dev.warroom.core.time.IncidentClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Everything an incident runs with. {@code planFile} and {@code planDigest} are recorded so a
 * report can say exactly which plan was run; {@code worldSettings} (e.g. the simulated world's
 * seed) so a resume can rebuild the same world.
 */
public record IncidentSetup(
        Plan plan,
        String planFile,
        String planDigest,
        Optional<Scenario> scenario,
        Instant impactStartedAt,
        EventSink sink,
        ActionDispatcher dispatcher,
        LiveState live,
        IncidentClock clock,
        String worldName,
        Map<String, String> worldSettings,
        Duration pollInterval) {

    public IncidentSetup {
        worldSettings = Map.copyOf(worldSettings);
    }
}

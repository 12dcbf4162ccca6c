package dev.warroom.service;

import dev.warroom.core.incident.Mode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * What a front end asks to open: the plan file, the mode, the scenario (empty: the plan's failover
 * scenario in TABLETOP and DRILL, none in LIVE), the journal to create, who commands, how a TABLETOP's
 * time runs, the simulated world's seed (empty: random, recorded), how long before the opening the
 * impact began, whether the plan's shell commands may run on this machine, and the plan's drill to play
 * (empty: none; its scenario is then the scenario, and a different one asked for is refused), and the plan's
 * severity level the incident is held to (empty: the one the scenario names, if it names one; else the plan's
 * overall targets).
 */
public record OpenRequest(Path planFile, Mode mode, Optional<String> scenario, Path journal, String actor, ClockChoice clock,
        Optional<Long> seed, Duration detectedAfter, boolean allowShell, Optional<String> drill, Optional<String> severity) {

    public OpenRequest {
        severity = severity == null ? Optional.empty() : severity;
    }

    /** A request held to the level its scenario names, if any. */
    public OpenRequest(Path planFile, Mode mode, Optional<String> scenario, Path journal, String actor, ClockChoice clock,
            Optional<Long> seed, Duration detectedAfter, boolean allowShell, Optional<String> drill) {
        this(planFile, mode, scenario, journal, actor, clock, seed, detectedAfter, allowShell, drill, Optional.empty());
    }

    /** A request with a random seed, the impact at the opening, and no shell commands allowed. */
    public static OpenRequest of(Path planFile, Mode mode, Optional<String> scenario, Path journal, String actor, ClockChoice clock) {
        return new OpenRequest(planFile, mode, scenario, journal, actor, clock, Optional.empty(), Duration.ZERO, false, Optional.empty());
    }

    public OpenRequest withSeed(long worldSeed) {
        return new OpenRequest(planFile, mode, scenario, journal, actor, clock, Optional.of(worldSeed), detectedAfter, allowShell, drill,
                severity);
    }

    public OpenRequest withShell(boolean allowed) {
        return new OpenRequest(planFile, mode, scenario, journal, actor, clock, seed, detectedAfter, allowed, drill, severity);
    }

    public OpenRequest withDrill(String drillId) {
        return new OpenRequest(planFile, mode, scenario, journal, actor, clock, seed, detectedAfter, allowShell, Optional.of(drillId),
                severity);
    }

    /** The same request, held to the plan's severity level {@code levelId} (refused when the plan has no such level). */
    public OpenRequest withSeverity(String levelId) {
        return new OpenRequest(planFile, mode, scenario, journal, actor, clock, seed, detectedAfter, allowShell, drill, Optional.of(levelId));
    }
}

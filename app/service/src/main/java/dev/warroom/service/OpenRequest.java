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
 * (empty: none; its scenario is then the scenario, and a different one asked for is refused).
 */
public record OpenRequest(Path planFile, Mode mode, Optional<String> scenario, Path journal, String actor, ClockChoice clock,
        Optional<Long> seed, Duration detectedAfter, boolean allowShell, Optional<String> drill) {

    /** A request with a random seed, the impact at the opening, and no shell commands allowed. */
    public static OpenRequest of(Path planFile, Mode mode, Optional<String> scenario, Path journal, String actor, ClockChoice clock) {
        return new OpenRequest(planFile, mode, scenario, journal, actor, clock, Optional.empty(), Duration.ZERO, false, Optional.empty());
    }

    public OpenRequest withSeed(long worldSeed) {
        return new OpenRequest(planFile, mode, scenario, journal, actor, clock, Optional.of(worldSeed), detectedAfter, allowShell, drill);
    }

    public OpenRequest withShell(boolean allowed) {
        return new OpenRequest(planFile, mode, scenario, journal, actor, clock, seed, detectedAfter, allowed, drill);
    }

    public OpenRequest withDrill(String drillId) {
        return new OpenRequest(planFile, mode, scenario, journal, actor, clock, seed, detectedAfter, allowShell, Optional.of(drillId));
    }
}

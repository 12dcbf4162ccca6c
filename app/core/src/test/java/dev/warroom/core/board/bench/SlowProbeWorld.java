package dev.warroom.core.board.bench;

import dev.warroom.core.time.IncidentClock;
import dev.warroom.core.world.ActionExecutor;
import dev.warroom.core.world.Health;
import dev.warroom.core.world.Observation;
import dev.warroom.core.world.Probe;
import dev.warroom.core.world.ProbeException;
import dev.warroom.core.world.ProbeFailure;
import dev.warroom.core.world.ReplicationRole;
import dev.warroom.core.world.World;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** A world whose every probe takes a fixed real time to answer, like a slow provider API. */
public final class SlowProbeWorld implements World {

    public static final String KIND = "slow";

    private final Duration delay;
    private final IncidentClock clock;

    public SlowProbeWorld(Duration delay, IncidentClock clock) {
        this.delay = delay;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "slow probes (" + delay.toMillis() + " ms each)";
    }

    @Override
    public Optional<Probe> probeFor(String resourceKind) {
        if (!KIND.equals(resourceKind)) {
            return Optional.empty();
        }
        Probe probe = resource -> {
            try {
                Thread.sleep(delay.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ProbeException(ProbeFailure.ERROR, "interrupted");
            }
            return new Observation(resource.id(), Health.UP, ReplicationRole.NONE, Optional.empty(), Map.of(), clock.now());
        };
        return Optional.of(probe);
    }

    @Override
    public Optional<ActionExecutor> executorFor(String actionKind) {
        return Optional.empty();
    }
}

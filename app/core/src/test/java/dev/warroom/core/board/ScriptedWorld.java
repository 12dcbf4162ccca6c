package dev.warroom.core.board;

import dev.warroom.core.plan.model.Resource;
import dev.warroom.core.time.IncidentClock;
import dev.warroom.core.world.ActionExecutor;
import dev.warroom.core.world.Health;
import dev.warroom.core.world.Observation;
import dev.warroom.core.world.Probe;
import dev.warroom.core.world.ProbeException;
import dev.warroom.core.world.ProbeFailure;
import dev.warroom.core.world.ReplicationRole;
import dev.warroom.core.world.World;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A world whose probes behave as each test scripts them, per resource id: answer, fail, hang.
 * It has probes for kind "scripted" only, and no executors.
 */
public final class ScriptedWorld implements World {

    /** What a scripted probe does when called. */
    @FunctionalInterface
    public interface Behaviour {
        Observation observe(Resource resource) throws Exception;
    }

    public static final String KIND = "scripted";

    private final IncidentClock clock;
    private final Map<String, Behaviour> behaviours = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();

    public ScriptedWorld(IncidentClock clock) {
        this.clock = clock;
    }

    public void script(String resourceId, Behaviour behaviour) {
        behaviours.put(resourceId, behaviour);
    }

    public int calls(String resourceId) {
        return calls.computeIfAbsent(resourceId, id -> new AtomicInteger()).get();
    }

    /** An observation of the resource taken now. */
    public Observation healthy(Resource resource) {
        return new Observation(resource.id(), Health.UP, ReplicationRole.NONE, Optional.empty(), Map.of("state", "ok"), clock.now());
    }

    @Override
    public String name() {
        return "scripted";
    }

    @Override
    public Optional<Probe> probeFor(String resourceKind) {
        if (!KIND.equals(resourceKind)) {
            return Optional.empty();
        }
        return Optional.of(resource -> {
            calls.computeIfAbsent(resource.id(), id -> new AtomicInteger()).incrementAndGet();
            Behaviour behaviour = behaviours.getOrDefault(resource.id(), this::healthy);
            try {
                return behaviour.observe(resource);
            } catch (ProbeException | RuntimeException e) {
                throw e;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ProbeException(ProbeFailure.ERROR, "interrupted");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Override
    public Optional<ActionExecutor> executorFor(String actionKind) {
        return Optional.empty();
    }
}

package dev.warroom.core.sim;

import dev.warroom.core.plan.load.LoadedPlan;
import dev.warroom.core.plan.load.PlanLoader;
import dev.warroom.core.plan.model.Channel;
import dev.warroom.core.plan.model.Fault;
import dev.warroom.core.plan.model.FaultKind;
import dev.warroom.core.plan.model.Plan;
import dev.warroom.core.plan.model.Resource;
import dev.warroom.core.time.VirtualClock;
import dev.warroom.core.world.ActionRequest;
import dev.warroom.core.world.ActionResult;
import dev.warroom.core.world.Observation;
import dev.warroom.core.world.ProbeException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/** The two-site fixture plan in a simulated world on a virtual clock, with short ways to act on it. */
final class Fixture {

    static final Instant START = Instant.parse("2025-01-15T10:00:00Z");
    static final long SEED = 42;

    final Plan plan;
    final VirtualClock clock;
    final SimulatedWorld world;

    Fixture() {
        this(SEED);
    }

    Fixture(long seed) {
        this(twoSites(), seed);
    }

    Fixture(Plan plan, long seed) {
        this.plan = plan;
        this.clock = new VirtualClock(START);
        this.world = new SimulatedWorld(plan, clock, seed);
    }

    static Plan twoSites() {
        try (InputStream in = Fixture.class.getResourceAsStream("/sim/two-sites.yaml")) {
            LoadedPlan loaded = new PlanLoader().load("two-sites.yaml", in.readAllBytes());
            return loaded.plan().orElseThrow(() -> new AssertionError("fixture does not load: " + loaded.problems()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Resource resource(String id) {
        return plan.sites().stream().flatMap(s -> s.resources().stream()).filter(r -> r.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no resource " + id + " in the fixture"));
    }

    Observation observe(String id) throws ProbeException {
        Resource resource = resource(id);
        return world.probeFor(resource.kind()).orElseThrow().observe(resource);
    }

    ActionRequest request(String kind, String targetId, Map<String, String> params) {
        return new ActionRequest(kind, Optional.ofNullable(targetId).map(this::resource), Optional.empty(), params, Duration.ofMinutes(10));
    }

    ActionRequest notify(String message) {
        Channel channel = plan.communication().channels().get(0);
        return new ActionRequest("notify.chat", Optional.empty(), Optional.of(channel), Map.of("message", message), Duration.ofMinutes(1));
    }

    ActionResult run(ActionRequest request) throws InterruptedException {
        return world.executorFor(request.kind()).orElseThrow().execute(request);
    }

    ActionResult run(String kind, String targetId, Map<String, String> params) throws InterruptedException {
        return run(request(kind, targetId, params));
    }

    void inject(FaultKind kind, String target, Duration at, Duration lasting, String value) {
        world.inject(new Fault(at, kind, target, lasting, value, null), START);
    }

    void inject(FaultKind kind, String target) {
        inject(kind, target, Duration.ZERO, null, null);
    }

    void advance(Duration duration) {
        clock.advance(duration);
    }
}

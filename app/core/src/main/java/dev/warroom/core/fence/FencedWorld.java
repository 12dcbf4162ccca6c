package dev.warroom.core.fence;

import dev.warroom.core.plan.model.Plan;
import dev.warroom.core.plan.model.Resource;
import dev.warroom.core.world.ActionExecutor;
import dev.warroom.core.world.ActionPreview;
import dev.warroom.core.world.ActionRequest;
import dev.warroom.core.world.ActionResult;
import dev.warroom.core.world.ConnectCheck;
import dev.warroom.core.world.FaultInjector;
import dev.warroom.core.world.Footprint;
import dev.warroom.core.world.Observation;
import dev.warroom.core.world.Probe;
import dev.warroom.core.world.ProbeException;
import dev.warroom.core.world.ProbeFailure;
import dev.warroom.core.world.Reach;
import dev.warroom.core.world.World;
import java.util.Optional;

/**
 * A world seen through a DRILL's fence: every probe and every action is judged by {@link DrillFence}
 * before anything connects. A probe outside the drill environment answers "not observed in DRILL"
 * without being called; an action outside it reaches {@link Reach#LIVE}, which the dispatcher refuses
 * in DRILL, and is refused again here should anything call it regardless. Thread-safe.
 */
public final class FencedWorld implements World {

    private final World inner;
    private final DrillFence fence;

    public FencedWorld(World inner, DrillFence fence) {
        this.inner = inner;
        this.fence = fence;
    }

    /** The world a DRILL of {@code plan} runs on, fenced to the plan's drill environment with the system resolver. */
    public static World forDrill(Plan plan, World world) {
        return new FencedWorld(world, new DrillFence(plan.drillEnvironment(), AddressResolver.system()));
    }

    public DrillFence fence() {
        return fence;
    }

    @Override
    public String name() {
        return inner.name();
    }

    @Override
    public Optional<Probe> probeFor(String resourceKind) {
        return inner.probeFor(resourceKind).map(FencedProbe::new);
    }

    @Override
    public Optional<ActionExecutor> executorFor(String actionKind) {
        return inner.executorFor(actionKind).map(FencedExecutor::new);
    }

    @Override
    public Optional<FaultInjector> faultInjector() {
        return inner.faultInjector();
    }

    private final class FencedProbe implements Probe {
        private final Probe probe;

        FencedProbe(Probe probe) {
            this.probe = probe;
        }

        @Override
        public Observation observe(Resource resource) throws ProbeException {
            return observe(resource, ConnectCheck.ANY);
        }

        @Override
        public Observation observe(Resource resource, ConnectCheck check) throws ProbeException {
            Verdict verdict = fence.judge(probe.footprint(resource));
            if (!verdict.inside()) {
                throw new ProbeException(ProbeFailure.OUTSIDE_DRILL, verdict.words());
            }
            return probe.observe(resource, (host, port) -> fence.allows(host, port) && check.allows(host, port));
        }

        @Override
        public Footprint footprint(Resource resource) {
            return probe.footprint(resource);
        }
    }

    private final class FencedExecutor implements ActionExecutor {
        private final ActionExecutor executor;

        FencedExecutor(ActionExecutor executor) {
            this.executor = executor;
        }

        @Override
        public Reach reach(ActionRequest request) {
            if (!fence.judge(executor.footprint(request)).inside()) {
                return Reach.LIVE;
            }
            return executor.reach(request) == Reach.SIMULATED ? Reach.SIMULATED : Reach.DRILL_ENVIRONMENT;
        }

        @Override
        public Optional<String> reachWords(ActionRequest request) {
            return Optional.of(fence.judge(executor.footprint(request)).words());
        }

        @Override
        public Footprint footprint(ActionRequest request) {
            return executor.footprint(request);
        }

        @Override
        public ActionPreview preview(ActionRequest request) {
            ActionPreview preview = executor.preview(request);
            return new ActionPreview(preview.summary(), preview.call(), preview.changes(), reach(request));
        }

        @Override
        public ActionResult execute(ActionRequest request) throws InterruptedException {
            return execute(request, ConnectCheck.ANY);
        }

        @Override
        public ActionResult execute(ActionRequest request, ConnectCheck check) throws InterruptedException {
            Verdict verdict = fence.judge(executor.footprint(request));
            if (!verdict.inside()) {
                return ActionResult.failed("refused in DRILL: " + verdict.words());
            }
            return executor.execute(request, (host, port) -> fence.allows(host, port) && check.allows(host, port));
        }
    }
}

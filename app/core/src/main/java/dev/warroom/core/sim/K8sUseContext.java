package dev.warroom.core.sim;

import dev.warroom.core.plan.model.Resource;
import dev.warroom.core.world.ActionRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** k8s.use-context: later Kubernetes steps talk to this cluster. */
final class K8sUseContext extends SimAction {

    K8sUseContext(SimContext ctx) {
        super(ctx, "k8s.use-context");
    }

    @Override
    protected Outcome apply(ActionRequest request, Optional<SimResource> target, Instant t) {
        String context = KubeTargets.context(target.orElseThrow().resource);
        return Outcome.ok(pick(request, t, "accept", Duration.ofSeconds(1), Duration.ofSeconds(3)),
                "switched to context " + context, Map.of("context", context));
    }

    @Override
    protected Draft draft(ActionRequest request) {
        Resource cluster = request.target().orElseThrow();
        return new Draft("Point Kubernetes steps at cluster " + request.targetName(), KubeTargets.useContext(cluster),
                List.of("the current kube context becomes " + KubeTargets.context(cluster)));
    }
}

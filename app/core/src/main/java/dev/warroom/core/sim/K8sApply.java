package dev.warroom.core.sim;

import dev.warroom.core.plan.model.Resource;
import dev.warroom.core.world.ActionRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** k8s.apply: the API server accepts the manifest after a moment. */
final class K8sApply extends SimAction {

    K8sApply(SimContext ctx) {
        super(ctx, "k8s.apply");
    }

    @Override
    protected Outcome apply(ActionRequest request, Optional<SimResource> target, Instant t) {
        String manifest = request.params().get("manifest");
        return Outcome.ok(pick(request, t, "accept", Duration.ofSeconds(2), Duration.ofSeconds(6)),
                "applied " + manifest + " to " + target.orElseThrow().name() + " (simulated: nothing left this machine)",
                Map.of("manifest", manifest, "context", KubeTargets.context(target.get().resource)));
    }

    @Override
    protected Draft draft(ActionRequest request) {
        Resource cluster = request.target().orElseThrow();
        String manifest = request.params().get("manifest");
        String call = "kubectl apply -f " + Calls.quoted(manifest) + Calls.flag("-n", request.params().get("namespace"))
                + " --context " + Calls.quoted(KubeTargets.context(cluster));
        String namespace = request.params().get("namespace");
        return new Draft("Apply " + manifest + " to cluster " + request.targetName(), call,
                List.of("objects in " + manifest + " are created or updated in " + cluster.id()
                        + (namespace == null ? "" : " (namespace " + namespace + ")")));
    }
}

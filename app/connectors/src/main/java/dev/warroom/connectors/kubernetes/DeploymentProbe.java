package dev.warroom.connectors.kubernetes;

import dev.warroom.core.plan.model.Resource;
import dev.warroom.core.world.Health;
import dev.warroom.core.world.Observation;
import dev.warroom.core.world.Probe;
import dev.warroom.core.world.ProbeException;
import dev.warroom.core.world.ProbeFailure;
import dev.warroom.core.world.ReplicationRole;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * k8s-deployment: ready/desired replicas and the pods that are not running, answered from the
 * namespace's informer caches.
 */
final class DeploymentProbe implements Probe {

    private final Targets targets;
    private final Watches watches;

    DeploymentProbe(Targets targets, Watches watches) {
        this.targets = targets;
        this.watches = watches;
    }

    @Override
    public Observation observe(Resource resource) throws ProbeException {
        KubeContext context = targets.context(resource);
        String namespace = Targets.namespace(resource, context);
        String name = Targets.name(resource);
        ScopeWatch watch = watches.current(WatchScope.namespace(context, namespace));
        Deployment deployment = watch.deployment(name).orElseThrow(() -> new ProbeException(ProbeFailure.ERROR,
                "no deployment '" + name + "' in namespace " + namespace + " of " + context.describe()));
        Replicas replicas = Replicas.of(deployment);
        Map<String, String> words = new LinkedHashMap<>();
        words.put("replicas", replicas.words());
        words.put("pods", PodStates.of(deployment, watch, context));
        words.put("namespace", namespace);
        words.put("context", context.name());
        return new Observation(resource.id(), health(replicas), ReplicationRole.NONE, Optional.empty(), words, watch.asOf());
    }

    private static Health health(Replicas replicas) {
        if (replicas.ready() >= replicas.desired()) {
            return Health.UP;
        }
        return replicas.ready() == 0 ? Health.DOWN : Health.DEGRADED;
    }
}

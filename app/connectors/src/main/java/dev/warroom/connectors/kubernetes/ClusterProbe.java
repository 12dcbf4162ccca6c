package dev.warroom.connectors.kubernetes;

import dev.warroom.core.plan.model.Resource;
import dev.warroom.core.world.Health;
import dev.warroom.core.world.Observation;
import dev.warroom.core.world.Probe;
import dev.warroom.core.world.ProbeException;
import dev.warroom.core.world.ReplicationRole;
import io.fabric8.kubernetes.api.model.Node;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** k8s-cluster, aks-cluster, eks-cluster: how many nodes are Ready, from the context's node informer. */
final class ClusterProbe implements Probe {

    private static final int NAMED = 3;

    private final Targets targets;
    private final Watches watches;

    ClusterProbe(Targets targets, Watches watches) {
        this.targets = targets;
        this.watches = watches;
    }

    @Override
    public Observation observe(Resource resource) throws ProbeException {
        KubeContext context = targets.context(resource);
        ScopeWatch watch = watches.current(WatchScope.cluster(context));
        List<Node> nodes = watch.nodes();
        List<String> notReady = nodes.stream().filter(n -> !ready(n)).map(n -> n.getMetadata().getName()).sorted().toList();
        int ready = nodes.size() - notReady.size();
        Map<String, String> words = new LinkedHashMap<>();
        words.put("nodes", ready + "/" + nodes.size() + " ready");
        if (!notReady.isEmpty()) {
            words.put("notReady", String.join(", ", notReady.subList(0, Math.min(NAMED, notReady.size())))
                    + (notReady.size() > NAMED ? " and " + (notReady.size() - NAMED) + " more" : ""));
        }
        words.put("context", context.name());
        words.put("server", context.server());
        Health health = ready == 0 ? Health.DOWN : notReady.isEmpty() ? Health.UP : Health.DEGRADED;
        return new Observation(resource.id(), health, ReplicationRole.NONE, Optional.empty(), words, watch.asOf());
    }

    static boolean ready(Node node) {
        return node.getStatus() != null && node.getStatus().getConditions() != null
                && node.getStatus().getConditions().stream()
                        .anyMatch(c -> "Ready".equals(c.getType()) && "True".equals(c.getStatus()));
    }
}

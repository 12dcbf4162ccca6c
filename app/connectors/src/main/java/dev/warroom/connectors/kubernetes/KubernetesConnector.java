package dev.warroom.connectors.kubernetes;

import dev.warroom.connectors.ActionKey;
import dev.warroom.connectors.Connector;
import dev.warroom.connectors.ConnectorSettings;
import dev.warroom.core.plan.model.Resource;
import dev.warroom.core.world.ActionExecutor;
import dev.warroom.core.world.Footprint;
import dev.warroom.core.world.Probe;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Kubernetes through Fabric8 and the kubeconfig's contexts: nodes, deployments and pods watched by
 * informers, and scale, apply and use-context actions.
 */
public final class KubernetesConnector implements Connector {

    private static final List<String> CLUSTER_KINDS = List.of("k8s-cluster", "aks-cluster", "eks-cluster");

    private final Kubeconfigs kubeconfigs;
    private final KubeClients clients;
    private final Watches watches;
    private final AtomicReference<KubeContext> inUse = new AtomicReference<>();
    private final Map<String, Probe> probes = new LinkedHashMap<>();
    private final Map<ActionKey, ActionExecutor> executors = new LinkedHashMap<>();
    private final Targets targets;
    private final Map<ActionKey, Set<String>> paramsRead = new LinkedHashMap<>();

    public KubernetesConnector(ConnectorSettings settings) {
        this(settings, KubeTimeouts.defaults());
    }

    KubernetesConnector(ConnectorSettings settings, KubeTimeouts timeouts) {
        Clock clock = Clock.systemUTC();
        this.kubeconfigs = new Kubeconfigs(settings);
        this.clients = new KubeClients(timeouts);
        this.watches = new Watches(clients, timeouts, clock);
        this.targets = new Targets(kubeconfigs);
        Probe clusters = new ClusterProbe(targets, watches);
        CLUSTER_KINDS.forEach(kind -> probes.put(kind, clusters));
        probes.put("k8s-deployment", new DeploymentProbe(targets, watches));
        executors.put(ActionKey.of("k8s.scale", "k8s-deployment"), new ScaleExecutor(targets, clients, watches, timeouts, clock));
        paramsRead.put(ActionKey.of("k8s.scale", "k8s-deployment"), Set.of("replicas"));
        ActionExecutor apply = new ApplyExecutor(targets, clients, new LocalPaths(settings));
        ActionExecutor useContext = new UseContextExecutor(targets, clients, inUse);
        for (String kind : CLUSTER_KINDS) {
            executors.put(ActionKey.of("k8s.apply", kind), apply);
            executors.put(ActionKey.of("k8s.use-context", kind), useContext);
            paramsRead.put(ActionKey.of("k8s.apply", kind), Set.of("manifest", "namespace"));
            paramsRead.put(ActionKey.of("k8s.use-context", kind), Set.of());
        }
    }

    @Override
    public Map<ActionKey, Set<String>> paramsRead() {
        return Map.copyOf(paramsRead);
    }

    @Override
    public Footprint footprint(Resource resource) {
        return KubeFootprint.of(targets, resource);
    }

    @Override
    public String name() {
        return "kubernetes";
    }

    @Override
    public String identity() {
        Optional<KubeContext> context = Optional.ofNullable(inUse.get()).or(kubeconfigs::currentContext);
        if (context.isEmpty()) {
            return "kubeconfig " + kubeconfigs.defaultFiles().get(0) + " (no current context); each resource's context";
        }
        KubeContext c = context.get();
        return "kubeconfig " + c.kubeconfig() + ": context " + c.name() + " as user " + c.user()
                + (inUse.get() == null ? " (kubectl's current context); each resource's context" : " (in use)");
    }

    @Override
    public Map<String, Probe> probes() {
        return Map.copyOf(probes);
    }

    @Override
    public Map<ActionKey, ActionExecutor> executors() {
        return Map.copyOf(executors);
    }

    @Override
    public void close() {
        watches.close();
        clients.close();
    }
}

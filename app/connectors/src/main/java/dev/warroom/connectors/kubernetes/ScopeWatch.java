package dev.warroom.connectors.kubernetes;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The informers of one context and namespace: nodes for the whole cluster (no namespace), or the
 * deployments and pods of one namespace. Probes answer from their caches. Thread-safe.
 */
final class ScopeWatch implements AutoCloseable {

    private final WatchScope scope;
    private final Changes changes;
    private final List<Feed<? extends HasMetadata>> feeds;
    private final Feed<Node> nodes;
    private final Feed<Deployment> deployments;
    private final Feed<Pod> pods;

    private ScopeWatch(WatchScope scope, Changes changes, Feed<Node> nodes, Feed<Deployment> deployments, Feed<Pod> pods) {
        this.scope = scope;
        this.changes = changes;
        this.nodes = nodes;
        this.deployments = deployments;
        this.pods = pods;
        this.feeds = nodes != null ? List.of(nodes) : List.of(deployments, pods);
    }

    static ScopeWatch start(WatchScope scope, KubernetesClient client, Clock clock) {
        Changes changes = new Changes(clock);
        if (scope.clusterWide()) {
            return new ScopeWatch(scope, changes, Feed.start(client.nodes().runnableInformer(0), clock, changes), null, null);
        }
        String ns = scope.namespace();
        Feed<Deployment> deployments = Feed.start(client.apps().deployments().inNamespace(ns).runnableInformer(0), clock, changes);
        Feed<Pod> pods = Feed.start(client.pods().inNamespace(ns).runnableInformer(0), clock, changes);
        return new ScopeWatch(scope, changes, null, deployments, pods);
    }

    WatchScope scope() {
        return scope;
    }

    Changes changes() {
        return changes;
    }

    /** Completes when every informer has listed once; fails with the first one that could not. */
    CompletableFuture<Void> listed() {
        return CompletableFuture.allOf(feeds.stream().map(Feed::listed).toArray(CompletableFuture[]::new));
    }

    boolean failed() {
        return feeds.stream().anyMatch(f -> f.listed().isCompletedExceptionally());
    }

    /** The oldest cache in the set decides how current an answer built from them is. */
    Instant asOf() {
        return feeds.stream().map(Feed::asOf).min(Instant::compareTo).orElse(Instant.EPOCH);
    }

    Optional<Throwable> currentFailure() {
        return feeds.stream().map(Feed::currentFailure).flatMap(Optional::stream).findFirst();
    }

    List<Node> nodes() {
        return nodes.items();
    }

    Optional<Deployment> deployment(String name) {
        return deployments.item(scope.namespace(), name);
    }

    List<Pod> pods() {
        return pods.items();
    }

    @Override
    public void close() {
        feeds.forEach(Feed::close);
    }
}

package dev.warroom.connectors.kubernetes;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * The informers of one context and namespace: nodes for the whole cluster (no namespace), or the
 * deployments and pods of one namespace. Probes answer from their caches. Pods are a supplement: an
 * identity that may read deployments but not pods still sees replicas, and the pod informer is
 * started again on the next call after a failed list. Thread-safe.
 */
final class ScopeWatch implements AutoCloseable {

    private final WatchScope scope;
    private final Changes changes;
    private final Feed<Node> nodes;
    private final Feed<Deployment> deployments;
    private final Supplier<Feed<Pod>> podFeed;
    private Feed<Pod> pods;
    private Throwable podFailure;

    private ScopeWatch(WatchScope scope, Changes changes, Feed<Node> nodes, Feed<Deployment> deployments, Supplier<Feed<Pod>> podFeed) {
        this.scope = scope;
        this.changes = changes;
        this.nodes = nodes;
        this.deployments = deployments;
        this.podFeed = podFeed;
        this.pods = podFeed == null ? null : podFeed.get();
    }

    static ScopeWatch start(WatchScope scope, KubernetesClient client, Clock clock) {
        Changes changes = new Changes(clock);
        if (scope.clusterWide()) {
            return new ScopeWatch(scope, changes, Feed.start(client.nodes().runnableInformer(0), clock, changes), null, null);
        }
        String ns = scope.namespace();
        return new ScopeWatch(scope, changes, null,
                Feed.start(client.apps().deployments().inNamespace(ns).runnableInformer(0), clock, changes),
                () -> Feed.start(client.pods().inNamespace(ns).runnableInformer(0), clock, changes));
    }

    WatchScope scope() {
        return scope;
    }

    Changes changes() {
        return changes;
    }

    /** Completes when the informers have listed once; fails only if the nodes or deployments could not. */
    synchronized CompletableFuture<Void> listed() {
        CompletableFuture<Void> main = primary().listed();
        return pods == null ? main : CompletableFuture.allOf(main, pods.listed().exceptionally(error -> null));
    }

    boolean failed() {
        return primary().failed();
    }

    boolean watching() {
        return healthyFeeds().stream().allMatch(Feed::watching);
    }

    /** The oldest cache in the set decides how current an answer built from them is. */
    Instant asOf() {
        return healthyFeeds().stream().map(Feed::asOf).min(Instant::compareTo).orElse(Instant.EPOCH);
    }

    Optional<Throwable> currentFailure() {
        return healthyFeeds().stream().map(Feed::currentFailure).flatMap(Optional::stream).findFirst();
    }

    List<Node> nodes() {
        return nodes.items();
    }

    Optional<Deployment> deployment(String name) {
        return deployments.item(scope.namespace(), name);
    }

    /** The namespace's pods, or empty while they cannot be listed ({@link #podFailure} says why). */
    synchronized Optional<List<Pod>> pods() {
        if (pods.failed()) {
            podFailure = pods.listed().handle((ok, error) -> error).join();
            pods.close();
            pods = podFeed.get();
        }
        return pods.listed().isDone() && !pods.failed() ? Optional.of(pods.items()) : Optional.empty();
    }

    synchronized Optional<Throwable> podFailure() {
        return Optional.ofNullable(podFailure);
    }

    private Feed<? extends HasMetadata> primary() {
        return nodes != null ? nodes : deployments;
    }

    private synchronized List<Feed<? extends HasMetadata>> healthyFeeds() {
        List<Feed<? extends HasMetadata>> feeds = new ArrayList<>(List.of(primary()));
        if (pods != null && pods.listed().isDone() && !pods.failed()) {
            feeds.add(pods);
        }
        return feeds;
    }

    @Override
    public synchronized void close() {
        primary().close();
        if (pods != null) {
            pods.close();
        }
    }
}

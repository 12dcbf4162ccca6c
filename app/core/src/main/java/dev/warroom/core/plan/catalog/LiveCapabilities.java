package dev.warroom.core.plan.catalog;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the real connectors can do, kind by kind: which resource kinds a connector probes and which
 * actions it performs on which target kinds, with the params each reads. TABLETOP simulates every kind
 * in {@link ResourceKinds} and {@link ActionKinds}; DRILL and LIVE can only use what is listed here.
 * Core names no connector: a test in app/connectors builds them and keeps this list equal to what they register.
 */
public final class LiveCapabilities {

    /** The target of an executor that serves every target kind (or none): a channel, the local machine, any URL. */
    public static final String ANY_TARGET = "*";

    private static final Set<String> CLUSTERS = Set.of("k8s-cluster", "aks-cluster", "eks-cluster");
    private static final Set<String> DNS_PARAMS = Set.of("value", "type", "ttl");
    private static final Set<String> SWITCH_PARAMS = Set.of("to", "from", "weight");

    private static final Set<String> PROBED = Set.of(
            "azure-postgres-flexible", "azure-redis", "aks-cluster", "azure-dns-record", "front-door", "traffic-manager",
            "azure-blob-storage", "azure-service-health",
            "aws-rds", "aws-elasticache", "eks-cluster", "route53-record", "route53-health-check", "route53-arc-control", "aws-health",
            "k8s-cluster", "k8s-deployment",
            "postgres", "redis",
            "http-health", "dns-record");

    private static final List<LiveExecutor> EXECUTORS = build();

    private LiveCapabilities() {
    }

    private static List<LiveExecutor> build() {
        List<LiveExecutor> all = new java.util.ArrayList<>(List.of(
                on("database.promote", "azure-postgres-flexible", "mode"),
                on("database.promote", "aws-rds"),
                on("database.promote", "postgres"),
                on("cache.promote", "azure-redis"),
                on("cache.promote", "aws-elasticache"),
                on("storage.failover", "azure-blob-storage", "failoverType"),
                on("cache.promote", "redis"),
                on("k8s.scale", "k8s-deployment", "replicas"),
                new LiveExecutor("dns.update", "azure-dns-record", DNS_PARAMS),
                new LiveExecutor("dns.update", "route53-record", DNS_PARAMS),
                new LiveExecutor("traffic.switch", "front-door", SWITCH_PARAMS),
                new LiveExecutor("traffic.switch", "traffic-manager", SWITCH_PARAMS),
                on("routing-control.set", "route53-arc-control", "state"),
                on("http.check", "http-health", "expectStatus", "attempts", "interval"),
                on("http.call", ANY_TARGET, "method", "url", "body", "headerEnv", "expectStatus"),
                on("sql.check", "postgres", "query", "expect", "database"),
                on("sql.check", "azure-postgres-flexible", "query", "expect", "database"),
                on("sql.check", "aws-rds", "query", "expect", "database"),
                on("notify.chat", ANY_TARGET, "message"),
                on("shell.run", ANY_TARGET, "command", "workdir"),
                on("wait", ANY_TARGET, "duration")));
        for (String cluster : new TreeSet<>(CLUSTERS)) {
            all.add(on("k8s.apply", cluster, "manifest", "namespace"));
            all.add(on("k8s.use-context", cluster));
        }
        return List.copyOf(all);
    }

    private static LiveExecutor on(String action, String target, String... params) {
        return new LiveExecutor(action, target, Set.of(params));
    }

    /** Whether a real connector observes resources of this kind. */
    public static boolean probed(String resourceKind) {
        return PROBED.contains(resourceKind);
    }

    /** Every resource kind a real connector observes. */
    public static Set<String> probedKinds() {
        return PROBED;
    }

    /** Every action a real connector performs, one entry per action kind and target kind. */
    public static Collection<LiveExecutor> executors() {
        return EXECUTORS;
    }

    /** The executor that performs {@code actionKind} on a resource of {@code targetKind} (null: no target), if any. */
    public static Optional<LiveExecutor> executor(String actionKind, String targetKind) {
        Optional<LiveExecutor> exact = EXECUTORS.stream()
                .filter(e -> e.actionKind().equals(actionKind) && e.targetKind().equals(targetKind)).findFirst();
        return exact.or(() -> EXECUTORS.stream().filter(e -> e.actionKind().equals(actionKind) && e.anyTarget()).findFirst());
    }

    /** The target kinds a real connector performs {@code actionKind} on, sorted ({@link #ANY_TARGET} for all of them). */
    public static Set<String> targets(String actionKind) {
        Set<String> kinds = new TreeSet<>();
        EXECUTORS.stream().filter(e -> e.actionKind().equals(actionKind)).forEach(e -> kinds.add(e.targetKind()));
        return kinds;
    }
}

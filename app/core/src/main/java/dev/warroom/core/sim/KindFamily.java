package dev.warroom.core.sim;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Resource kinds that the simulated world models alike, e.g. the three database kinds. */
enum KindFamily {
    DATABASE,
    CACHE,
    K8S_DEPLOYMENT,
    CLUSTER,
    DNS_RECORD,
    EDGE,
    ROUTING_CONTROL,
    HEALTH_ENDPOINT,
    HEALTH_FEED,
    STORAGE,
    QUEUE,
    SERVERLESS,
    HOST,
    EXTERNAL;

    private static final Map<String, KindFamily> BY_KIND = Map.ofEntries(
            Map.entry("azure-postgres-flexible", DATABASE),
            Map.entry("aws-rds", DATABASE),
            Map.entry("postgres", DATABASE),
            Map.entry("azure-redis", CACHE),
            Map.entry("aws-elasticache", CACHE),
            Map.entry("redis", CACHE),
            Map.entry("k8s-deployment", K8S_DEPLOYMENT),
            Map.entry("k8s-cluster", CLUSTER),
            Map.entry("aks-cluster", CLUSTER),
            Map.entry("eks-cluster", CLUSTER),
            Map.entry("azure-dns-record", DNS_RECORD),
            Map.entry("route53-record", DNS_RECORD),
            Map.entry("dns-record", DNS_RECORD),
            Map.entry("front-door", EDGE),
            Map.entry("traffic-manager", EDGE),
            Map.entry("cdn", EDGE),
            Map.entry("route53-arc-control", ROUTING_CONTROL),
            Map.entry("http-health", HEALTH_ENDPOINT),
            Map.entry("azure-service-health", HEALTH_FEED),
            Map.entry("aws-health", HEALTH_FEED),
            Map.entry("route53-health-check", HEALTH_FEED),
            Map.entry("azure-blob-storage", STORAGE),
            Map.entry("aws-s3", STORAGE),
            Map.entry("object-storage", STORAGE),
            Map.entry("message-queue", QUEUE),
            Map.entry("serverless-deployment", SERVERLESS),
            Map.entry("aws-lambda", SERVERLESS),
            Map.entry("vm", HOST),
            Map.entry("external-service", EXTERNAL));

    /** Kinds reached by a direct connection (no cloud control plane): when down they refuse connections. */
    private static final Set<String> DIRECT = Set.of("postgres", "redis", "http-health", "dns-record",
            "message-queue", "vm");

    static Optional<KindFamily> of(String kind) {
        return Optional.ofNullable(BY_KIND.get(kind));
    }

    static boolean isDirect(String kind) {
        return DIRECT.contains(kind);
    }

    boolean replicates() {
        return this == DATABASE || this == CACHE || this == STORAGE || this == QUEUE;
    }
}

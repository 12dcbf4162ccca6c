package dev.warroom.core.plan.catalog;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The resource kinds WarRoom knows how to observe (in the simulated world and, later, for real). */
public final class ResourceKinds {

    private static final Set<String> AZURE = Set.of("subscription", "resourceGroup", "region");
    private static final Set<String> AWS = Set.of("profile", "region", "account");
    private static final Set<String> K8S = Set.of("context", "kubeconfig");
    /** Where sql.check logs in to a managed PostgreSQL server, with the self-managed kind's names. */
    private static final Set<String> LOGIN = Set.of("host", "port", "database", "user", "passwordEnv", "sslmode");

    private static final Map<String, ResourceKind> KINDS = new LinkedHashMap<>();

    static {
        add("azure-postgres-flexible", "Azure Database for PostgreSQL Flexible Server", List.of("resourceGroup", "name"),
                union(AZURE, LOGIN), true);
        add("azure-redis", "Azure Cache for Redis (with geo-replication link)", List.of("resourceGroup", "name"), AZURE, true);
        add("aks-cluster", "Azure Kubernetes Service cluster and node pools", List.of("resourceGroup", "name"), union(AZURE, K8S), false);
        add("azure-dns-record", "Azure DNS record set", List.of("resourceGroup", "zone", "name"), union(AZURE, Set.of("type")), false);
        add("front-door", "Azure Front Door (Standard/Premium) endpoint and origins", List.of("resourceGroup", "name"),
                union(AZURE, Set.of("originGroup", "endpoint")), false);
        add("traffic-manager", "Azure Traffic Manager profile and endpoints", List.of("resourceGroup", "name"), AZURE, false);
        add("azure-blob-storage", "Azure Storage account (GRS): primary and secondary region, their status, last sync time",
                List.of("name"), AZURE, true);
        add("azure-service-health", "Azure Service Health / Resource Health events for a region", List.of("region"), AZURE, false);
        add("aws-rds", "Amazon RDS instance or read replica", List.of("region", "instance"), union(AWS, LOGIN), true);
        add("aws-elasticache", "Amazon ElastiCache replication group", List.of("region", "replicationGroup"), AWS, true);
        add("eks-cluster", "Amazon EKS cluster", List.of("region", "name"), union(AWS, K8S), false);
        add("route53-record", "Amazon Route 53 record", List.of("zone", "name"), union(AWS, Set.of("type", "zoneId")), false);
        add("route53-health-check", "Amazon Route 53 health check", List.of("healthCheckId"), AWS, false);
        add("route53-arc-control", "Route 53 Application Recovery Controller routing control", List.of("routingControlArn"),
                union(AWS, Set.of("clusterEndpoints")), false);
        add("aws-health", "AWS Health events for a region", List.of("region"), union(AWS, Set.of("services")), false);
        add("aws-s3", "Amazon S3 bucket (cross-region replication)", List.of("bucket"), AWS, true);
        add("aws-lambda", "AWS Lambda function", List.of("region", "name"), AWS, false);
        add("k8s-cluster", "Kubernetes cluster: nodes Ready", List.of("context"), K8S, false);
        add("k8s-deployment", "Kubernetes deployment: ready / desired replicas", List.of("context", "namespace", "name"), K8S, false);
        add("postgres", "Self-managed PostgreSQL (JDBC)", List.of("host", "port", "database"),
                Set.of("user", "passwordEnv", "sslmode"), true);
        add("redis", "Self-managed Redis (INFO replication)", List.of("host", "port"), Set.of("passwordEnv"), true);
        add("http-health", "HTTP health endpoint", List.of("url"), Set.of("method", "expectStatus"), false);
        add("dns-record", "A DNS name as resolvers see it", List.of("name"), Set.of("type", "resolver"), false);
        add("cdn", "CDN or edge (Cloudflare, Vercel edge)", List.of("name"), Set.of("provider", "zone", "url"), false);
        add("object-storage", "Object storage bucket (R2, MinIO, GCS)", List.of("name"), Set.of("provider", "endpoint"), true);
        add("serverless-deployment", "A serverless deployment (Vercel project, Lambda function URL)", List.of("name"),
                Set.of("provider", "project", "url", "team"), false);
        add("message-queue", "Message broker (RabbitMQ, mirrored queues)", List.of("name"), Set.of("host", "port", "context", "namespace"), true);
        add("vm", "A virtual machine or host", List.of("name"), Set.of("host", "provider"), false);
        add("external-service", "A third-party service the system depends on (observed through its status page or health URL)",
                List.of("name"), Set.of("url", "statusPage"), false);
    }

    private ResourceKinds() {
    }

    private static void add(String name, String description, List<String> required, Set<String> optional, boolean replicated) {
        KINDS.put(name, new ResourceKind(name, description, required, optional, replicated));
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        var all = new java.util.HashSet<>(a);
        all.addAll(b);
        return all;
    }

    public static Optional<ResourceKind> find(String name) {
        return Optional.ofNullable(KINDS.get(name));
    }

    public static Collection<ResourceKind> all() {
        return KINDS.values();
    }
}

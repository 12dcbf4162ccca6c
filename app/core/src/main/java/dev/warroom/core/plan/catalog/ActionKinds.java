package dev.warroom.core.plan.catalog;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The actions WarRoom can perform once a step is confirmed. */
public final class ActionKinds {

    private static final Map<String, ActionKind> KINDS = new LinkedHashMap<>();
    private static final Set<String> DESTRUCTIVE = Set.of("database.promote", "cache.promote", "dns.update", "traffic.switch",
            "routing-control.set", "storage.failover");

    static {
        add("database.promote", "Promote a database read replica to a standalone primary",
                Set.of("azure-postgres-flexible", "aws-rds", "postgres"), List.of(), Set.of("mode"));
        add("cache.promote", "Promote a cache replica (Redis REPLICAOF NO ONE, geo-replication unlink, ElastiCache failover)",
                Set.of("redis", "azure-redis", "aws-elasticache"), List.of(), Set.of());
        add("storage.failover", "Fail a geo-redundant storage account over to its secondary region (the target is the account's "
                + "geo-secondary); an unplanned failover loses writes since the last sync and leaves the account LRS in the new primary",
                Set.of("azure-blob-storage"), List.of(), Set.of("failoverType"));
        add("k8s.scale", "Scale a Kubernetes deployment and wait until its replicas are ready",
                Set.of("k8s-deployment"), List.of("replicas"), Set.of());
        add("k8s.apply", "Apply a Kubernetes manifest to a cluster",
                Set.of("k8s-cluster", "aks-cluster", "eks-cluster"), List.of("manifest"), Set.of("namespace"));
        add("k8s.use-context", "Point later Kubernetes steps at this cluster's context",
                Set.of("k8s-cluster", "aks-cluster", "eks-cluster"), List.of(), Set.of());
        add("dns.update", "Change a DNS record and wait for it to propagate",
                Set.of("azure-dns-record", "route53-record", "dns-record"), List.of("value"), Set.of("ttl", "type"));
        add("traffic.switch", "Send traffic to another origin or endpoint (Front Door, Traffic Manager, CDN)",
                Set.of("front-door", "traffic-manager", "cdn"), List.of("to"), Set.of("from", "weight"));
        add("routing-control.set", "Set a Route 53 ARC routing control on or off",
                Set.of("route53-arc-control"), List.of("state"), Set.of());
        add("deployment.activate", "Promote or start a standby deployment (Vercel, Lambda)",
                Set.of("serverless-deployment", "aws-lambda"), List.of(), Set.of("environment"));
        add("http.call", "Call an HTTP endpoint (e.g. a provider API); credentials come from environment variables",
                Set.of("http-health", "cdn", "external-service", "serverless-deployment"), List.of("method", "url"),
                Set.of("body", "headerEnv", "expectStatus"));
        add("http.check", "Check that an HTTP endpoint answers with the expected status",
                Set.of("http-health"), List.of(), Set.of("expectStatus", "attempts", "interval"));
        add("sql.check", "Run a read-only SQL query and compare its result",
                Set.of("postgres", "azure-postgres-flexible", "aws-rds"), List.of("query"), Set.of("expect", "database"));
        KINDS.put("notify.chat", new ActionKind("notify.chat",
                "Post a message to a chat channel (Slack, Teams webhook); queued and retried if the network is down",
                Set.of(), true, List.of("message"), Set.of(), false, false));
        KINDS.put("shell.run", new ActionKind("shell.run",
                "Run a shell command on the commander's machine (only if the user allows this plan to run commands)",
                Set.of(), false, List.of("command"), Set.of("workdir"), true, false));
        KINDS.put("wait", new ActionKind("wait", "Wait a fixed time (e.g. for DNS TTL to expire)",
                Set.of(), false, List.of("duration"), Set.of(), false, false));
    }

    private ActionKinds() {
    }

    private static void add(String name, String description, Set<String> targets, List<String> required, Set<String> optional) {
        KINDS.put(name, new ActionKind(name, description, targets, false, required, optional, false, DESTRUCTIVE.contains(name)));
    }

    public static Optional<ActionKind> find(String name) {
        return Optional.ofNullable(KINDS.get(name));
    }

    public static Collection<ActionKind> all() {
        return KINDS.values();
    }
}

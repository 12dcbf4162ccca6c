package dev.warroom.console.room.status;

import dev.warroom.core.plan.model.Resource;
import dev.warroom.core.plan.model.Site;
import java.util.Optional;

/**
 * Which provider's API the board goes through to read a resource: what answers (or fails to) when a
 * probe runs. Cloud kinds name their cloud; Kubernetes objects go through a cluster's API server;
 * health endpoints, DNS names and self-managed servers are reached directly; the rest say it in
 * their {@code observe.provider}, else their site's provider.
 */
final class ProviderOf {

    private ProviderOf() {
    }

    static String of(Site site, Resource resource) {
        String kind = resource.kind();
        if (kind.startsWith("azure-") || kind.equals("aks-cluster") || kind.equals("front-door") || kind.equals("traffic-manager")) {
            return "azure";
        }
        if (kind.startsWith("aws-") || kind.startsWith("route53-") || kind.equals("eks-cluster")) {
            return "aws";
        }
        return switch (kind) {
            case "k8s-cluster", "k8s-deployment" -> "kubernetes";
            case "http-health" -> "http";
            case "dns-record" -> "dns";
            case "postgres" -> "postgres";
            case "redis" -> "redis";
            default -> Optional.ofNullable(resource.observe().get("provider")).filter(p -> !p.isBlank())
                    .or(() -> Optional.ofNullable(site.provider()).filter(p -> !p.isBlank()))
                    .orElse("other");
        };
    }

    /** The connector that reads a provider's resources: the web connector reads health endpoints and DNS names, the others their namesake. */
    static String connectorOf(String provider) {
        return switch (provider) {
            case "http", "dns" -> "web";
            default -> provider;
        };
    }
}

package dev.warroom.connectors.azure.health;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One Azure Service Health event (Microsoft.ResourceHealth/events): a service issue or planned
 * maintenance, with the services and regions it touches.
 */
record HealthEvent(String trackingId, String type, String status, String level, String title, String since,
        List<String> services, Set<String> activeRegions) {

    static HealthEvent of(JsonNode event) {
        JsonNode p = event.path("properties");
        List<String> services = new ArrayList<>();
        Set<String> regions = new LinkedHashSet<>();
        for (JsonNode impact : p.path("impact")) {
            String service = impact.path("impactedService").asText("");
            boolean touchesRegion = false;
            for (JsonNode region : impact.path("impactedRegions")) {
                String regionStatus = region.path("status").asText("Active");
                if (!regionStatus.equalsIgnoreCase("Resolved")) {
                    regions.add(region.path("impactedRegion").asText(""));
                    touchesRegion = true;
                }
            }
            if (!service.isEmpty() && touchesRegion && !services.contains(service)) {
                services.add(service);
            }
        }
        return new HealthEvent(event.path("name").asText(""), p.path("eventType").asText(""), p.path("status").asText(""),
                p.path("level").asText(p.path("eventLevel").asText("")), p.path("title").asText(""), p.path("impactStartTime").asText(""),
                services, regions);
    }

    /** Active, a service issue or maintenance, and still active in {@code region} (written {@code westeurope} or {@code West Europe}). */
    boolean affects(String region) {
        boolean relevant = type.equalsIgnoreCase("ServiceIssue") || type.equalsIgnoreCase("PlannedMaintenance");
        return relevant && status.equalsIgnoreCase("Active") && activeRegions.stream().anyMatch(r -> normal(r).equals(normal(region)));
    }

    /** A service issue at level Error or Critical takes the region down; anything else degrades it. */
    boolean outage() {
        return type.equalsIgnoreCase("ServiceIssue") && (level.equalsIgnoreCase("Error") || level.equalsIgnoreCase("Critical"));
    }

    /** {@code service issue BC_1-FXZ (Error): Title: Virtual Machines, Azure Front Door in West Europe since 2025-05-20T09:41:00Z}. */
    String words(String region) {
        String kind = type.equalsIgnoreCase("ServiceIssue") ? "service issue" : "planned maintenance";
        String where = activeRegions.stream().filter(r -> normal(r).equals(normal(region))).findFirst().orElse(region);
        return kind + " " + trackingId + (level.isEmpty() ? "" : " (" + level + ")") + ": " + title
                + (services.isEmpty() ? "" : ": " + String.join(", ", services)) + " in " + where + (since.isEmpty() ? "" : " since " + since);
    }

    static String normal(String region) {
        return region.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }
}

package dev.warroom.connectors.azure.health;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One resource's current Azure Resource Health (Microsoft.ResourceHealth/availabilityStatuses):
 * Available, Unavailable, Degraded or Unknown, with Azure's own summary of why.
 */
record ResourceAvailability(String name, String type, String location, String state, String summary, String since) {

    private static final String HEALTH_PROVIDER = "/providers/Microsoft.ResourceHealth/";

    static ResourceAvailability of(JsonNode status) {
        String id = status.path("id").asText("");
        int health = id.indexOf(HEALTH_PROVIDER);
        String[] parts = (health >= 0 ? id.substring(0, health) : id).split("/");
        String name = parts.length > 0 ? parts[parts.length - 1] : "";
        String type = parts.length > 1 ? parts[parts.length - 2] : "";
        JsonNode p = status.path("properties");
        return new ResourceAvailability(name, type, status.path("location").asText(""), p.path("availabilityState").asText("Unknown"),
                p.path("summary").asText(p.path("title").asText("")).strip(), p.path("occuredTime").asText(p.path("occurredTime").asText("")));
    }

    /** Unavailable or Degraded, in {@code region} (written {@code westeurope} or {@code West Europe}). */
    boolean impaired(String region) {
        return (unavailable() || state.equalsIgnoreCase("Degraded")) && HealthEvent.normal(location).equals(HealthEvent.normal(region));
    }

    boolean unavailable() {
        return state.equalsIgnoreCase("Unavailable");
    }

    /** {@code ai-workflow-db-prod (flexibleServers) Unavailable: We're sorry, your server is unavailable since 2025-05-20T09:44:00Z}. */
    String words() {
        return name + (type.isEmpty() ? "" : " (" + type + ")") + " " + state + (summary.isEmpty() ? "" : ": " + summary)
                + (since.isEmpty() ? "" : " since " + since);
    }
}

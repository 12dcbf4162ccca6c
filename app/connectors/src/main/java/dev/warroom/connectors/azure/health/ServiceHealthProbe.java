package dev.warroom.connectors.azure.health;

import com.fasterxml.jackson.databind.JsonNode;
import dev.warroom.connectors.azure.AzureAccess;
import dev.warroom.connectors.azure.AzureAddress;
import dev.warroom.connectors.azure.AzureProbe;
import dev.warroom.core.plan.model.Resource;
import dev.warroom.core.world.Health;
import dev.warroom.core.world.Observation;
import dev.warroom.core.world.ReplicationRole;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * azure-service-health: what Azure itself says about the plan's region, through the connector's
 * authenticated pipeline. Service Health: the subscription's open events (service issues, planned
 * maintenance) that touch the region; an active service issue at level Error or Critical makes the
 * region DOWN. Resource Health: the subscription's resources in the region that Azure reports
 * Unavailable or Degraded, which make it DEGRADED, as does any other open event. {@code events} and
 * {@code resources} say which, in words, or {@code none}.
 */
public final class ServiceHealthProbe extends AzureProbe {

    static final String API_VERSION = "2022-10-01";
    private static final int MAX_PAGES = 10;
    private static final int RESOURCES_NAMED = 5;

    public ServiceHealthProbe(AzureAccess access) {
        super(access);
    }

    @Override
    protected Observation read(Resource resource) {
        String region = AzureAddress.required(resource, "region");
        String subscription = access.subscriptionFor(resource);
        String health = "/subscriptions/" + subscription + "/providers/Microsoft.ResourceHealth/";
        List<HealthEvent> open = new ArrayList<>();
        eachOf(health + "events?api-version=" + API_VERSION, item -> {
            HealthEvent e = HealthEvent.of(item);
            if (e.affects(region)) {
                open.add(e);
            }
        });
        List<ResourceAvailability> impaired = new ArrayList<>();
        eachOf(health + "availabilityStatuses?api-version=" + API_VERSION, item -> {
            ResourceAvailability r = ResourceAvailability.of(item);
            if (r.impaired(region)) {
                impaired.add(r);
            }
        });
        Map<String, String> words = new LinkedHashMap<>();
        words.put("region", region);
        words.put("events", open.isEmpty() ? "none" : open.stream().map(e -> e.words(region)).collect(Collectors.joining("; ")));
        words.put("resources", resourceWords(impaired));
        Health state = open.stream().anyMatch(HealthEvent::outage) ? Health.DOWN
                : open.isEmpty() && impaired.isEmpty() ? Health.UP : Health.DEGRADED;
        return new Observation(resource.id(), state, ReplicationRole.NONE, Optional.empty(), words, Instant.now());
    }

    /** Every item of a paged list, following {@code nextLink} for at most {@value #MAX_PAGES} pages. */
    private void eachOf(String path, Consumer<JsonNode> item) {
        JsonNode page = access.rest().get(path);
        for (int pages = 1; ; pages++) {
            page.path("value").forEach(item);
            String next = page.path("nextLink").asText("");
            if (next.isEmpty() || pages >= MAX_PAGES) {
                return;
            }
            page = access.rest().getUrl(next);
        }
    }

    /** {@code 2 unavailable, 1 degraded: a (flexibleServers) Unavailable: …; …}, the unavailable first, at most a few named. */
    private static String resourceWords(List<ResourceAvailability> impaired) {
        if (impaired.isEmpty()) {
            return "none";
        }
        long unavailable = impaired.stream().filter(ResourceAvailability::unavailable).count();
        long degraded = impaired.size() - unavailable;
        List<String> counts = new ArrayList<>();
        if (unavailable > 0) {
            counts.add(unavailable + " unavailable");
        }
        if (degraded > 0) {
            counts.add(degraded + " degraded");
        }
        List<ResourceAvailability> worstFirst = impaired.stream().sorted((a, b) -> Boolean.compare(b.unavailable(), a.unavailable())).toList();
        String named = worstFirst.stream().limit(RESOURCES_NAMED).map(ResourceAvailability::words).collect(Collectors.joining("; "));
        int more = worstFirst.size() - RESOURCES_NAMED;
        return String.join(", ", counts) + ": " + named + (more > 0 ? "; and " + more + " more" : "");
    }
}

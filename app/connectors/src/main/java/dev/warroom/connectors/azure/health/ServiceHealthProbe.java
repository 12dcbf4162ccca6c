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
import java.util.stream.Collectors;

/**
 * azure-service-health: the subscription's open Azure Service Health events (Resource Health events
 * API, through the connector's authenticated pipeline) that touch the plan's region. An active
 * service issue at level Error or Critical makes the region DOWN, any other open event DEGRADED;
 * {@code events} says which, in words, or {@code none}.
 */
public final class ServiceHealthProbe extends AzureProbe {

    static final String API_VERSION = "2022-10-01";
    private static final int MAX_PAGES = 10;

    public ServiceHealthProbe(AzureAccess access) {
        super(access);
    }

    @Override
    protected Observation read(Resource resource) {
        String region = AzureAddress.required(resource, "region");
        String subscription = access.subscriptionFor(resource);
        List<HealthEvent> open = new ArrayList<>();
        JsonNode page = access.rest().get("/subscriptions/" + subscription + "/providers/Microsoft.ResourceHealth/events?api-version=" + API_VERSION);
        for (int pages = 1; ; pages++) {
            for (JsonNode event : page.path("value")) {
                HealthEvent e = HealthEvent.of(event);
                if (e.affects(region)) {
                    open.add(e);
                }
            }
            String next = page.path("nextLink").asText("");
            if (next.isEmpty() || pages >= MAX_PAGES) {
                break;
            }
            page = access.rest().getUrl(next);
        }
        Map<String, String> words = new LinkedHashMap<>();
        words.put("region", region);
        words.put("events", open.isEmpty() ? "none" : open.stream().map(e -> e.words(region)).collect(Collectors.joining("; ")));
        Health health = open.stream().anyMatch(HealthEvent::outage) ? Health.DOWN : open.isEmpty() ? Health.UP : Health.DEGRADED;
        return new Observation(resource.id(), health, ReplicationRole.NONE, Optional.empty(), words, Instant.now());
    }
}

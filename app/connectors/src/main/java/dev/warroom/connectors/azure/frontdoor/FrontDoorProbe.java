package dev.warroom.connectors.azure.frontdoor;

import com.azure.resourcemanager.cdn.fluent.CdnManagementClient;
import com.azure.resourcemanager.cdn.fluent.models.AfdEndpointInner;
import com.azure.resourcemanager.cdn.models.EnabledState;
import dev.warroom.connectors.azure.AzureAccess;
import dev.warroom.connectors.azure.AzureAddress;
import dev.warroom.connectors.azure.AzureFailures;
import dev.warroom.connectors.azure.AzureProbe;
import dev.warroom.connectors.azure.monitor.MetricReader;
import dev.warroom.core.plan.model.Resource;
import dev.warroom.core.world.Health;
import dev.warroom.core.world.Observation;
import dev.warroom.core.world.ReplicationRole;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * front-door: which origin Front Door (Standard/Premium) serves from ({@code serving}: its host;
 * {@code origin}: it in words with its state, priority and health), every origin of the group
 * ({@code origins}), and the endpoint when the plan names one. Origin health comes from Azure
 * Monitor's {@code OriginHealthPercentage} when the identity may read metrics.
 */
public final class FrontDoorProbe extends AzureProbe {

    static final String TYPE = "Microsoft.Cdn/profiles";
    private static final String HEALTH_METRIC = "OriginHealthPercentage";

    private final MetricReader metrics;

    public FrontDoorProbe(AzureAccess access) {
        super(access);
        this.metrics = new MetricReader(access.rest());
    }

    @Override
    protected Observation read(Resource resource) {
        AzureAddress profile = AzureAddress.require(resource, access);
        CdnManagementClient cdn = access.clients(profile.subscription()).cdn().serviceClient();
        Map<String, String> words = new LinkedHashMap<>();
        List<FrontDoorOrigin> origins = FrontDoorOrigins.withHealth(FrontDoorOrigins.list(cdn, profile), health(profile, words));
        List<FrontDoorOrigin> serving = FrontDoorOrigins.serving(origins);
        words.put("serving", serving.isEmpty() ? "none" : serving.stream().map(FrontDoorOrigin::host).collect(Collectors.joining(", ")));
        words.put("origin", serving.isEmpty() ? "none enabled and healthy"
                : serving.stream().map(FrontDoorOrigin::words).collect(Collectors.joining("; ")));
        words.put("origins", origins.stream().map(o -> o.name() + ": " + o.words()).collect(Collectors.joining("; ")));
        profile.observed("originGroup").ifPresent(group -> words.put("originGroup", group));
        Health health = serving.isEmpty() ? Health.DOWN
                : serving.stream().anyMatch(o -> o.health().map(p -> p < 100.0).orElse(false)) ? Health.DEGRADED : Health.UP;
        Optional<String> endpointName = profile.observed("endpoint");
        if (endpointName.isPresent()) {
            AfdEndpointInner endpoint = cdn.getAfdEndpoints().get(profile.resourceGroup(), profile.name(), endpointName.get());
            boolean enabled = !EnabledState.DISABLED.equals(endpoint.enabledState());
            words.put("endpoint", endpoint.hostname() + " (" + (enabled ? "enabled" : "disabled") + ")");
            health = enabled ? health : Health.DOWN;
        }
        return new Observation(resource.id(), health, ReplicationRole.NONE, Optional.empty(), words, Instant.now());
    }

    private Map<String, Double> health(AzureAddress profile, Map<String, String> words) {
        try {
            return metrics.latestBy(profile.path(TYPE), HEALTH_METRIC, "Average", "Origin");
        } catch (RuntimeException e) {
            // Which origin is enabled still answers where traffic goes; health is a refinement.
            words.put("originHealth", "unknown (" + AzureFailures.of(e).words() + ")");
            return Map.of();
        }
    }
}

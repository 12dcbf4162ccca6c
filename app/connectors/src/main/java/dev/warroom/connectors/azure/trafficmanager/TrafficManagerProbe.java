package dev.warroom.connectors.azure.trafficmanager;

import com.azure.resourcemanager.trafficmanager.fluent.models.ProfileInner;
import com.azure.resourcemanager.trafficmanager.models.ProfileMonitorStatus;
import com.azure.resourcemanager.trafficmanager.models.ProfileStatus;
import com.azure.resourcemanager.trafficmanager.models.TrafficRoutingMethod;
import dev.warroom.connectors.azure.AzureAccess;
import dev.warroom.connectors.azure.AzureAddress;
import dev.warroom.connectors.azure.AzureProbe;
import dev.warroom.core.plan.model.Resource;
import dev.warroom.core.world.Health;
import dev.warroom.core.world.Observation;
import dev.warroom.core.world.ReplicationRole;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * traffic-manager: the profile's endpoints with their monitor status ({@code endpoints}), and where
 * Traffic Manager sends users ({@code serving}: the answering endpoint with the best priority under
 * priority routing, else every answering endpoint).
 */
public final class TrafficManagerProbe extends AzureProbe {

    public TrafficManagerProbe(AzureAccess access) {
        super(access);
    }

    @Override
    protected Observation read(Resource resource) {
        AzureAddress at = AzureAddress.require(resource, access);
        ProfileInner profile = access.clients(at.subscription()).trafficManager().serviceClient().getProfiles()
                .getByResourceGroup(at.resourceGroup(), at.name());
        List<TrafficManagerEndpoint> endpoints = endpoints(profile);
        List<TrafficManagerEndpoint> serving = serving(profile, endpoints);
        Map<String, String> words = new LinkedHashMap<>();
        words.put("serving", serving.isEmpty() ? "none" : serving.stream().map(TrafficManagerEndpoint::target).collect(Collectors.joining(", ")));
        words.put("origin", serving.isEmpty() ? "no endpoint is enabled and online"
                : serving.stream().map(TrafficManagerEndpoint::words).collect(Collectors.joining("; ")));
        words.put("endpoints", endpoints.stream().map(TrafficManagerEndpoint::words).collect(Collectors.joining("; ")));
        Optional.ofNullable(profile.trafficRoutingMethod()).ifPresent(m -> words.put("routing", m.toString()));
        String monitor = profile.monitorConfig() == null || profile.monitorConfig().profileMonitorStatus() == null ? "Unknown"
                : profile.monitorConfig().profileMonitorStatus().toString();
        words.put("status", (ProfileStatus.DISABLED.equals(profile.profileStatus()) ? "Disabled" : "Enabled") + ", monitor " + monitor);
        Optional.ofNullable(profile.dnsConfig()).map(d -> d.fqdn()).ifPresent(fqdn -> words.put("fqdn", fqdn));
        return new Observation(resource.id(), health(profile, monitor, endpoints, serving), ReplicationRole.NONE, Optional.empty(), words,
                Instant.now());
    }

    static List<TrafficManagerEndpoint> endpoints(ProfileInner profile) {
        return profile.endpoints() == null ? List.of() : profile.endpoints().stream().map(TrafficManagerEndpoint::of).toList();
    }

    static List<TrafficManagerEndpoint> serving(ProfileInner profile, List<TrafficManagerEndpoint> endpoints) {
        List<TrafficManagerEndpoint> answering = endpoints.stream().filter(TrafficManagerEndpoint::answering).toList();
        if (TrafficRoutingMethod.PRIORITY.equals(profile.trafficRoutingMethod())) {
            return answering.stream().min(Comparator.comparingLong(TrafficManagerEndpoint::priority)).map(List::of).orElse(List.of());
        }
        if (TrafficRoutingMethod.WEIGHTED.equals(profile.trafficRoutingMethod())) {
            return answering.stream().filter(e -> e.weight() > 0).toList();
        }
        return answering;
    }

    private static Health health(ProfileInner profile, String monitor, List<TrafficManagerEndpoint> endpoints,
            List<TrafficManagerEndpoint> serving) {
        if (ProfileStatus.DISABLED.equals(profile.profileStatus()) || serving.isEmpty()) {
            return Health.DOWN;
        }
        boolean degraded = ProfileMonitorStatus.DEGRADED.toString().equals(monitor)
                || endpoints.stream().anyMatch(e -> e.enabled() && e.monitor().equals("Degraded"));
        return degraded ? Health.DEGRADED : Health.UP;
    }
}

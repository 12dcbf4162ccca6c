package dev.warroom.connectors.azure.trafficmanager;

import com.azure.resourcemanager.trafficmanager.fluent.models.EndpointInner;
import com.azure.resourcemanager.trafficmanager.models.EndpointMonitorStatus;
import com.azure.resourcemanager.trafficmanager.models.EndpointStatus;
import com.azure.resourcemanager.trafficmanager.models.EndpointTypes;
import java.util.Locale;
import java.util.Set;

/** One Traffic Manager endpoint: where it points, whether it is enabled, and what the health monitor says of it. */
record TrafficManagerEndpoint(String name, EndpointTypes type, String target, boolean enabled, String monitor, long priority, long weight) {

    private static final Set<String> ANSWERING = Set.of(EndpointMonitorStatus.ONLINE.toString(),
            EndpointMonitorStatus.CHECKING_ENDPOINT.toString(), EndpointMonitorStatus.UNMONITORED.toString());

    static TrafficManagerEndpoint of(EndpointInner endpoint) {
        String target = endpoint.target() != null ? endpoint.target() : endpoint.name();
        return new TrafficManagerEndpoint(endpoint.name(), type(endpoint.type()), target,
                !EndpointStatus.DISABLED.equals(endpoint.endpointStatus()),
                endpoint.endpointMonitorStatus() == null ? "Unknown" : endpoint.endpointMonitorStatus().toString(),
                endpoint.priority() == null ? Long.MAX_VALUE : endpoint.priority(), endpoint.weight() == null ? 1 : endpoint.weight());
    }

    /** {@code Microsoft.Network/trafficManagerProfiles/azureEndpoints} → AzureEndpoints, the segment of the endpoint's URL. */
    private static EndpointTypes type(String resourceType) {
        String t = resourceType == null ? "" : resourceType.toLowerCase(Locale.ROOT);
        if (t.endsWith("externalendpoints")) {
            return EndpointTypes.EXTERNAL_ENDPOINTS;
        }
        return t.endsWith("nestedendpoints") ? EndpointTypes.NESTED_ENDPOINTS : EndpointTypes.AZURE_ENDPOINTS;
    }

    /** Enabled and answering its health checks (or not monitored), so Traffic Manager may hand it out. */
    boolean answering() {
        return enabled && ANSWERING.contains(monitor);
    }

    boolean isCalled(String nameOrTarget) {
        String wanted = nameOrTarget.strip().toLowerCase(Locale.ROOT);
        return name.toLowerCase(Locale.ROOT).equals(wanted) || target.toLowerCase(Locale.ROOT).equals(wanted);
    }

    /** {@code eastus → ai-workflow-prod.eastus.cloudapp.azure.com (enabled, Online, priority 1)}. */
    String words() {
        return name + " → " + target + " (" + (enabled ? "enabled" : "disabled") + ", " + monitor
                + (priority == Long.MAX_VALUE ? "" : ", priority " + priority) + ")";
    }
}

package dev.warroom.connectors.azure.trafficmanager;

import com.azure.resourcemanager.trafficmanager.fluent.EndpointsClient;
import com.azure.resourcemanager.trafficmanager.fluent.TrafficManagerManagementClient;
import com.azure.resourcemanager.trafficmanager.fluent.models.EndpointInner;
import com.azure.resourcemanager.trafficmanager.fluent.models.ProfileInner;
import com.azure.resourcemanager.trafficmanager.models.EndpointStatus;
import dev.warroom.connectors.azure.AzureAccess;
import dev.warroom.connectors.azure.AzureAction;
import dev.warroom.connectors.azure.AzureAddress;
import dev.warroom.connectors.azure.AzureCalls;
import dev.warroom.connectors.azure.AzurePlanProblem;
import dev.warroom.connectors.azure.SwitchParams;
import dev.warroom.core.plan.model.Resource;
import dev.warroom.core.world.ActionPreview;
import dev.warroom.core.world.ActionRequest;
import dev.warroom.core.world.ActionResult;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * traffic.switch on traffic-manager: enables the {@code to} endpoint, then disables the
 * {@code from} endpoints, or, when the step names none, every other enabled endpoint, so that Traffic
 * Manager can only hand out {@code to}. Priorities are left alone: Traffic Manager refuses two
 * endpoints with the same priority, and a disabled endpoint is skipped whatever its priority.
 */
public final class TrafficManagerSwitch extends AzureAction {

    private static final String TYPE = "Microsoft.Network/trafficmanagerprofiles";

    public TrafficManagerSwitch(AzureAccess access) {
        super(access);
    }

    @Override
    public ActionPreview preview(ActionRequest request) {
        Resource edge = target(request);
        AzureAddress profile = AzureAddress.describe(edge, access);
        String to = request.param("to", "<to>");
        List<String> from = SwitchParams.from(request);
        String apiVersion = access.clients(profile.subscription()).trafficManager().serviceClient().getApiVersion();
        List<String> calls = new ArrayList<>();
        List<String> cli = new ArrayList<>();
        Optional<Long> weight;
        try {
            weight = SwitchParams.weight(request, "Traffic Manager").map(Integer::longValue);
        } catch (AzurePlanProblem e) {
            return new ActionPreview("Send traffic on " + request.targetName() + " to " + to, "(refused) " + e.getMessage(),
                    List.of("nothing: " + e.getMessage()), reach(request));
        }
        calls.add(AzureCalls.rest("PATCH", access, endpointPath(profile, to), apiVersion, AzureCalls.json(change(EndpointStatus.ENABLED, weight))));
        cli.add(cli(profile, to) + " --endpoint-status Enabled" + weight.map(w -> " --weight " + w).orElse(""));
        for (String endpoint : from.isEmpty() ? List.of("<each other enabled endpoint>") : from) {
            calls.add(AzureCalls.rest("PATCH", access, endpointPath(profile, endpoint), apiVersion,
                    AzureCalls.json(change(EndpointStatus.DISABLED, Optional.empty()))));
            cli.add(cli(profile, endpoint) + " --endpoint-status Disabled");
        }
        List<String> changes = List.of(
                "Traffic Manager " + profile.name() + " hands out " + to + " (enabled)",
                from.isEmpty() ? "every other enabled endpoint is disabled (found when the switch runs)"
                        : String.join(", ", from) + (from.size() == 1 ? " is disabled and gets" : " are disabled and get") + " no new users",
                "resolvers keep the old answer until the profile's DNS TTL runs out");
        return new ActionPreview("Send traffic on " + request.targetName() + " to " + to, String.join("\n", calls) + "\n" + String.join("\n", cli),
                changes, reach(request));
    }

    @Override
    protected ActionResult perform(ActionRequest request, Resource edge, Instant deadline) {
        String wanted = request.params().get("to");
        if (wanted == null || wanted.isBlank()) {
            throw new AzurePlanProblem("traffic.switch needs 'to': the endpoint (name or target) that should take the traffic");
        }
        Optional<Long> weight = SwitchParams.weight(request, "Traffic Manager").map(Integer::longValue);
        AzureAddress at = AzureAddress.require(edge, access);
        TrafficManagerManagementClient tm = access.clients(at.subscription()).trafficManager().serviceClient();
        ProfileInner profile = tm.getProfiles().getByResourceGroup(at.resourceGroup(), at.name());
        List<TrafficManagerEndpoint> endpoints = TrafficManagerProbe.endpoints(profile);
        TrafficManagerEndpoint to = find(endpoints, wanted, at);
        List<TrafficManagerEndpoint> from = new ArrayList<>();
        for (String named : SwitchParams.from(request)) {
            from.add(find(endpoints, named, at));
        }
        if (from.isEmpty()) {
            endpoints.stream().filter(e -> e.enabled() && !e.name().equals(to.name())).forEach(from::add);
        }
        if (from.stream().anyMatch(e -> e.name().equals(to.name()))) {
            throw new AzurePlanProblem("'" + to.name() + "' is both the endpoint to switch to and one to switch from");
        }
        EndpointsClient calls = tm.getEndpoints();
        EndpointInner enabled = calls.update(at.resourceGroup(), at.name(), to.type(), to.name(), change(EndpointStatus.ENABLED, weight));
        List<String> disabled = new ArrayList<>();
        for (TrafficManagerEndpoint endpoint : from) {
            if (endpoint.enabled()) {
                calls.update(at.resourceGroup(), at.name(), endpoint.type(), endpoint.name(), change(EndpointStatus.DISABLED, Optional.empty()));
            }
            disabled.add(endpoint.name());
        }
        Map<String, String> outputs = new LinkedHashMap<>();
        outputs.put("servingEndpoint", to.name());
        outputs.put("target", to.target());
        outputs.put("monitor", enabled.endpointMonitorStatus() == null ? "Unknown" : enabled.endpointMonitorStatus().toString());
        outputs.put("disabled", String.join(", ", disabled));
        return ActionResult.ok("Traffic Manager " + at.name() + " now hands out " + to.name() + " (" + to.target() + ", monitor "
                + outputs.get("monitor") + ")" + (disabled.isEmpty() ? "" : "; disabled " + String.join(", ", disabled)), outputs);
    }

    private static TrafficManagerEndpoint find(List<TrafficManagerEndpoint> endpoints, String nameOrTarget, AzureAddress at) {
        return endpoints.stream().filter(e -> e.isCalled(nameOrTarget)).findFirst().orElseThrow(() -> new AzurePlanProblem(
                "Traffic Manager " + at.name() + " has no endpoint named or pointing at '" + nameOrTarget + "' (endpoints: "
                        + endpoints.stream().map(e -> e.name() + " = " + e.target()).collect(Collectors.joining(", ")) + ")"));
    }

    private static EndpointInner change(EndpointStatus status, Optional<Long> weight) {
        EndpointInner change = new EndpointInner().withEndpointStatus(status);
        weight.ifPresent(change::withWeight);
        return change;
    }

    /** The endpoint's URL; its type (Azure, external, nested) is read from the profile when the switch runs. */
    private static String endpointPath(AzureAddress profile, String endpoint) {
        return profile.path(TYPE, "<endpoint type of " + endpoint + ">", endpoint.contains(".") ? "<endpoint at " + endpoint + ">" : endpoint);
    }

    private static String cli(AzureAddress profile, String endpoint) {
        return "az network traffic-manager endpoint update" + AzureCalls.scope(profile) + AzureCalls.flag("--profile-name", profile.name())
                + AzureCalls.flag("--name", endpoint.contains(".") ? "<endpoint at " + endpoint + ">" : endpoint)
                + AzureCalls.flag("--type", "<type of " + endpoint + ">");
    }
}

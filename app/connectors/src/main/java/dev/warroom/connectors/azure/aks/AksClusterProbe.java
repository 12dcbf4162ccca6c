package dev.warroom.connectors.azure.aks;

import com.azure.resourcemanager.containerservice.fluent.models.ManagedClusterInner;
import com.azure.resourcemanager.containerservice.models.Code;
import com.azure.resourcemanager.containerservice.models.ManagedClusterAgentPoolProfile;
import com.azure.resourcemanager.containerservice.models.PowerState;
import dev.warroom.connectors.azure.AzureAccess;
import dev.warroom.connectors.azure.AzureAddress;
import dev.warroom.connectors.azure.AzureProbe;
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
 * aks-cluster: the managed cluster's power and provisioning state and its node pools (count, VM
 * size, autoscale range, state) as Azure Resource Manager reports them. Whether each node is Ready
 * is Kubernetes' to say (the k8s-cluster probe, through the plan's kube context).
 */
public final class AksClusterProbe extends AzureProbe {

    public AksClusterProbe(AzureAccess access) {
        super(access);
    }

    @Override
    protected Observation read(Resource resource) {
        AzureAddress at = AzureAddress.require(resource, access);
        ManagedClusterInner cluster = access.clients(at.subscription()).containers().serviceClient().getManagedClusters()
                .getByResourceGroup(at.resourceGroup(), at.name());
        List<ManagedClusterAgentPoolProfile> pools = cluster.agentPoolProfiles() == null ? List.of() : cluster.agentPoolProfiles();
        String power = power(cluster.powerState());
        String provisioning = cluster.provisioningState() == null ? "Unknown" : cluster.provisioningState();
        Map<String, String> words = new LinkedHashMap<>();
        words.put("state", power + ", " + provisioning);
        int nodes = pools.stream().mapToInt(p -> p.count() == null ? 0 : p.count()).sum();
        words.put("nodes", nodes + " in " + pools.size() + (pools.size() == 1 ? " pool" : " pools"));
        words.put("nodePools", pools.stream().map(AksClusterProbe::pool).collect(Collectors.joining("; ")));
        Optional.ofNullable(cluster.currentKubernetesVersion()).or(() -> Optional.ofNullable(cluster.kubernetesVersion()))
                .ifPresent(v -> words.put("kubernetesVersion", v));
        Optional.ofNullable(cluster.location()).ifPresent(region -> words.put("region", region));
        Optional.ofNullable(cluster.fqdn()).ifPresent(fqdn -> words.put("fqdn", fqdn));
        at.observed("context").ifPresent(context -> words.put("context", context));
        words.put("name", at.name());
        return new Observation(resource.id(), health(power, provisioning, pools), ReplicationRole.NONE, Optional.empty(), words, Instant.now());
    }

    private static Health health(String power, String provisioning, List<ManagedClusterAgentPoolProfile> pools) {
        if (power.equals(Code.STOPPED.toString()) || provisioning.equals("Failed")) {
            return Health.DOWN;
        }
        boolean poolUnsettled = pools.stream().anyMatch(p -> power(p.powerState()).equals(Code.STOPPED.toString())
                || !"Succeeded".equals(p.provisioningState()));
        if (!provisioning.equals("Succeeded") || poolUnsettled || pools.isEmpty()) {
            return Health.DEGRADED;
        }
        return Health.UP;
    }

    /** {@code application: 5 × Standard_D8s_v5 (User, autoscale 5-20, Running, Succeeded)}. */
    private static String pool(ManagedClusterAgentPoolProfile pool) {
        String autoscale = Boolean.TRUE.equals(pool.enableAutoScaling())
                ? ", autoscale " + pool.minCount() + "-" + pool.maxCount() : "";
        return pool.name() + ": " + (pool.count() == null ? "?" : pool.count()) + " × " + pool.vmSize() + " ("
                + (pool.mode() == null ? "User" : pool.mode()) + autoscale + ", " + power(pool.powerState()) + ", "
                + (pool.provisioningState() == null ? "Unknown" : pool.provisioningState()) + ")";
    }

    private static String power(PowerState state) {
        return state == null || state.code() == null ? "Unknown" : state.code().toString();
    }
}

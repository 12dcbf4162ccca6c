package dev.warroom.connectors.azure.connector;

import dev.warroom.connectors.ActionKey;
import dev.warroom.connectors.Connector;
import dev.warroom.connectors.azure.AzureAccess;
import dev.warroom.connectors.azure.AzureOptions;
import dev.warroom.connectors.azure.aks.AksClusterProbe;
import dev.warroom.connectors.azure.dns.DnsRecordProbe;
import dev.warroom.connectors.azure.dns.DnsRecordUpdate;
import dev.warroom.connectors.azure.frontdoor.FrontDoorProbe;
import dev.warroom.connectors.azure.frontdoor.FrontDoorSwitch;
import dev.warroom.connectors.azure.health.ServiceHealthProbe;
import dev.warroom.connectors.azure.postgres.FlexibleServerProbe;
import dev.warroom.connectors.azure.postgres.FlexibleServerPromote;
import dev.warroom.connectors.azure.redis.RedisLinkProbe;
import dev.warroom.connectors.azure.redis.RedisUnlink;
import dev.warroom.connectors.azure.trafficmanager.TrafficManagerProbe;
import dev.warroom.connectors.azure.trafficmanager.TrafficManagerSwitch;
import dev.warroom.core.plan.model.Resource;
import dev.warroom.core.world.ActionExecutor;
import dev.warroom.core.world.Footprint;
import dev.warroom.core.world.Probe;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Azure: PostgreSQL flexible servers, Azure DNS, Front Door Standard/Premium, Traffic Manager,
 * Azure Cache for Redis geo-replication, AKS and Service Health, all through Azure Resource Manager.
 */
public final class AzureConnector implements Connector {

    private final AzureAccess access;
    private final Map<String, Probe> probes = new LinkedHashMap<>();
    private final Map<ActionKey, ActionExecutor> executors = new LinkedHashMap<>();

    public AzureConnector(AzureOptions options) {
        this.access = new AzureAccess(options);
        probes.put("azure-postgres-flexible", new FlexibleServerProbe(access));
        probes.put("azure-dns-record", new DnsRecordProbe(access));
        probes.put("front-door", new FrontDoorProbe(access));
        probes.put("traffic-manager", new TrafficManagerProbe(access));
        probes.put("azure-redis", new RedisLinkProbe(access));
        probes.put("aks-cluster", new AksClusterProbe(access));
        probes.put("azure-service-health", new ServiceHealthProbe(access));
        executors.put(ActionKey.of("database.promote", "azure-postgres-flexible"), new FlexibleServerPromote(access));
        executors.put(ActionKey.of("dns.update", "azure-dns-record"), new DnsRecordUpdate(access));
        executors.put(ActionKey.of("traffic.switch", "front-door"), new FrontDoorSwitch(access));
        executors.put(ActionKey.of("traffic.switch", "traffic-manager"), new TrafficManagerSwitch(access));
        executors.put(ActionKey.of("cache.promote", "azure-redis"), new RedisUnlink(access));
    }

    @Override
    public Footprint footprint(Resource resource) {
        return AzureFootprint.of(access, resource);
    }

    @Override
    public String name() {
        return "azure";
    }

    @Override
    public String identity() {
        return access.identity();
    }

    @Override
    public Map<String, Probe> probes() {
        return Map.copyOf(probes);
    }

    @Override
    public Map<ActionKey, ActionExecutor> executors() {
        return Map.copyOf(executors);
    }

    @Override
    public Map<ActionKey, Set<String>> paramsRead() {
        return Map.of(ActionKey.of("database.promote", "azure-postgres-flexible"), Set.of("mode"),
                ActionKey.of("dns.update", "azure-dns-record"), Set.of("value", "type", "ttl"),
                ActionKey.of("traffic.switch", "front-door"), Set.of("to", "from", "weight"),
                ActionKey.of("traffic.switch", "traffic-manager"), Set.of("to", "from", "weight"),
                ActionKey.of("cache.promote", "azure-redis"), Set.of());
    }
}

package dev.warroom.connectors.azure.connector;

import dev.warroom.connectors.ActionKey;
import dev.warroom.connectors.Connector;
import dev.warroom.connectors.ConnectorSettings;
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
import dev.warroom.connectors.azure.postgres.FlexibleServerSqlCheck;
import dev.warroom.connectors.azure.redis.RedisLinkProbe;
import dev.warroom.connectors.azure.redis.RedisUnlink;
import dev.warroom.connectors.azure.storage.StorageAccountFailover;
import dev.warroom.connectors.azure.storage.StorageAccountProbe;
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
 * Azure Cache for Redis geo-replication, storage account failover, AKS and Service Health, all through
 * Azure Resource Manager; and sql.check, which logs in to a flexible server itself.
 */
public final class AzureConnector implements Connector {

    private static final ActionKey SQL_CHECK = ActionKey.of("sql.check", "azure-postgres-flexible");

    private final AzureAccess access;
    private final Map<String, Probe> probes = new LinkedHashMap<>();
    private final Map<ActionKey, ActionExecutor> executors = new LinkedHashMap<>();

    /** A connector that finds no password variables (tests that never run sql.check). */
    public AzureConnector(AzureOptions options) {
        this(options, ConnectorSettings.of(Map.of()));
    }

    /** @param settings where sql.check reads the password variables plans name */
    public AzureConnector(AzureOptions options, ConnectorSettings settings) {
        this.access = new AzureAccess(options);
        probes.put("azure-postgres-flexible", new FlexibleServerProbe(access));
        probes.put("azure-dns-record", new DnsRecordProbe(access));
        probes.put("front-door", new FrontDoorProbe(access));
        probes.put("traffic-manager", new TrafficManagerProbe(access));
        probes.put("azure-redis", new RedisLinkProbe(access));
        probes.put("azure-blob-storage", new StorageAccountProbe(access));
        probes.put("aks-cluster", new AksClusterProbe(access));
        probes.put("azure-service-health", new ServiceHealthProbe(access));
        executors.put(ActionKey.of("database.promote", "azure-postgres-flexible"), new FlexibleServerPromote(access));
        executors.put(ActionKey.of("dns.update", "azure-dns-record"), new DnsRecordUpdate(access));
        executors.put(ActionKey.of("traffic.switch", "front-door"), new FrontDoorSwitch(access));
        executors.put(ActionKey.of("traffic.switch", "traffic-manager"), new TrafficManagerSwitch(access));
        executors.put(ActionKey.of("cache.promote", "azure-redis"), new RedisUnlink(access));
        executors.put(ActionKey.of("storage.failover", "azure-blob-storage"), new StorageAccountFailover(access));
        executors.put(SQL_CHECK, new FlexibleServerSqlCheck(settings));
    }

    @Override
    public Footprint footprint(Resource resource) {
        return AzureFootprint.of(access, resource);
    }

    /** sql.check connects to the server's host, not to Resource Manager. */
    @Override
    public Footprint footprint(ActionKey action, Resource target) {
        return action.equals(SQL_CHECK) ? FlexibleServerSqlCheck.footprintOf(target) : footprint(target);
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
                ActionKey.of("cache.promote", "azure-redis"), Set.of(),
                ActionKey.of("storage.failover", "azure-blob-storage"), Set.of("failoverType"),
                SQL_CHECK, Set.of("query", "expect", "database"));
    }
}

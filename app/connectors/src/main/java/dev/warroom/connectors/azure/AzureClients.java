package dev.warroom.connectors.azure;

import com.azure.core.http.HttpPipeline;
import com.azure.core.management.profile.AzureProfile;
import com.azure.resourcemanager.cdn.CdnManager;
import com.azure.resourcemanager.containerservice.ContainerServiceManager;
import com.azure.resourcemanager.dns.DnsZoneManager;
import com.azure.resourcemanager.postgresqlflexibleserver.PostgreSqlManager;
import com.azure.resourcemanager.redis.RedisManager;
import com.azure.resourcemanager.storage.StorageManager;
import com.azure.resourcemanager.trafficmanager.TrafficManager;

/**
 * The SDK managers for one subscription, all over the connector's one HTTP pipeline. Building them
 * makes no call; each is thread-safe.
 */
public final class AzureClients {

    private final PostgreSqlManager postgres;
    private final DnsZoneManager dns;
    private final ContainerServiceManager containers;
    private final TrafficManager trafficManager;
    private final CdnManager cdn;
    private final RedisManager redis;
    private final StorageManager storage;

    AzureClients(HttpPipeline pipeline, AzureProfile profile) {
        this.postgres = PostgreSqlManager.authenticate(pipeline, profile);
        this.dns = DnsZoneManager.authenticate(pipeline, profile);
        this.containers = ContainerServiceManager.authenticate(pipeline, profile);
        this.trafficManager = TrafficManager.authenticate(pipeline, profile);
        this.cdn = CdnManager.authenticate(pipeline, profile);
        this.redis = RedisManager.authenticate(pipeline, profile);
        this.storage = StorageManager.authenticate(pipeline, profile);
    }

    public PostgreSqlManager postgres() {
        return postgres;
    }

    public DnsZoneManager dns() {
        return dns;
    }

    public ContainerServiceManager containers() {
        return containers;
    }

    public TrafficManager trafficManager() {
        return trafficManager;
    }

    public CdnManager cdn() {
        return cdn;
    }

    public RedisManager redis() {
        return redis;
    }

    public StorageManager storage() {
        return storage;
    }
}

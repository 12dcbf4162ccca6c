package dev.warroom.connectors.azure.redis;

import com.azure.resourcemanager.redis.fluent.RedisManagementClient;
import com.azure.resourcemanager.redis.fluent.models.RedisLinkedServerWithPropertiesInner;
import com.azure.resourcemanager.redis.fluent.models.RedisResourceInner;
import com.azure.resourcemanager.redis.models.ProvisioningState;
import dev.warroom.connectors.azure.AzureAccess;
import dev.warroom.connectors.azure.AzureAddress;
import dev.warroom.connectors.azure.AzureProbe;
import dev.warroom.connectors.azure.AzureWords;
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
import java.util.Set;
import java.util.stream.Collectors;

/**
 * azure-redis: the cache's state and its geo-replication: {@code role} (primary when it has a
 * secondary, replica when it is one, standalone without a link) and {@code link} in words.
 */
public final class RedisLinkProbe extends AzureProbe {

    private static final Set<ProvisioningState> CHANGING = Set.of(ProvisioningState.LINKING, ProvisioningState.UNLINKING,
            ProvisioningState.UPDATING, ProvisioningState.SCALING, ProvisioningState.PROVISIONING, ProvisioningState.CREATING,
            ProvisioningState.RECOVERING_SCALE_FAILURE, ProvisioningState.CONFIGURING_AAD);
    private static final Set<ProvisioningState> GONE = Set.of(ProvisioningState.FAILED, ProvisioningState.DISABLED,
            ProvisioningState.DELETING, ProvisioningState.UNPROVISIONING);

    public RedisLinkProbe(AzureAccess access) {
        super(access);
    }

    @Override
    protected Observation read(Resource resource) {
        AzureAddress at = AzureAddress.require(resource, access);
        RedisManagementClient redis = access.clients(at.subscription()).redis().serviceClient();
        RedisResourceInner cache = redis.getRedis().getByResourceGroup(at.resourceGroup(), at.name());
        List<RedisLink> links = links(redis, at);
        ReplicationRole role = role(links);
        Map<String, String> words = new LinkedHashMap<>();
        words.put("role", AzureWords.lower(role));
        words.put("link", links.isEmpty() ? "none" : links.stream().map(RedisLink::words).collect(Collectors.joining("; ")));
        ProvisioningState state = cache.provisioningState();
        words.put("state", state == null ? "unknown" : state.toString());
        Optional.ofNullable(cache.location()).ifPresent(region -> words.put("region", region));
        Optional.ofNullable(cache.hostname()).ifPresent(host -> words.put("host", host));
        Health health = state == null ? Health.UNKNOWN : GONE.contains(state) ? Health.DOWN
                : CHANGING.contains(state) || links.stream().anyMatch(l -> !l.state().equalsIgnoreCase("Succeeded")) ? Health.DEGRADED : Health.UP;
        return new Observation(resource.id(), health, role, Optional.empty(), words, Instant.now());
    }

    static List<RedisLink> links(RedisManagementClient redis, AzureAddress at) {
        List<RedisLink> links = new ArrayList<>();
        for (RedisLinkedServerWithPropertiesInner link : redis.getLinkedServers().list(at.resourceGroup(), at.name())) {
            links.add(RedisLink.of(link));
        }
        return links;
    }

    static ReplicationRole role(List<RedisLink> links) {
        if (links.isEmpty()) {
            return ReplicationRole.STANDALONE;
        }
        return links.stream().anyMatch(RedisLink::otherIsPrimary) ? ReplicationRole.REPLICA : ReplicationRole.PRIMARY;
    }
}

package dev.warroom.connectors.azure.storage;

import dev.warroom.connectors.azure.AzureAccess;
import dev.warroom.connectors.azure.AzureAddress;
import dev.warroom.connectors.azure.AzureProbe;
import dev.warroom.core.plan.model.Resource;
import dev.warroom.core.world.Health;
import dev.warroom.core.world.Observation;
import dev.warroom.core.world.ReplicationRole;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * azure-blob-storage: the account with its geo-replication stats. The plan's {@code observe.region}
 * says which side of the account a resource stands for: primary when Azure's primary is there,
 * replica (lagging by the time since the last sync) when its secondary is. Without a region, a
 * resource with {@code replicaOf} stands for the secondary while the account has one.
 */
public final class StorageAccountProbe extends AzureProbe {

    public StorageAccountProbe(AzureAccess access) {
        super(access);
    }

    @Override
    protected Observation read(Resource resource) {
        AzureAddress at = AzureAddress.require(resource, access);
        StorageAccountState account = StorageAccountState.read(access.clients(at.subscription()).storage().serviceClient().getStorageAccounts(), at);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        Optional<String> region = at.observed("region");
        ReplicationRole role = region.isPresent() ? role(account, region.get()) : roleWithoutRegion(account, resource);
        Map<String, String> words = new LinkedHashMap<>(account.words(now));
        words.put("role", role.name().toLowerCase(Locale.ROOT));
        return new Observation(resource.id(), health(account, role), role,
                role == ReplicationRole.REPLICA ? account.behind(now) : Optional.empty(), words, now.toInstant());
    }

    private static ReplicationRole role(StorageAccountState account, String region) {
        if (account.secondaryIn(region)) {
            return ReplicationRole.REPLICA;
        }
        if (!account.primaryIn(region)) {
            return ReplicationRole.NONE;
        }
        return account.secondaryLocation().isPresent() ? ReplicationRole.PRIMARY : ReplicationRole.STANDALONE;
    }

    private static ReplicationRole roleWithoutRegion(StorageAccountState account, Resource resource) {
        if (account.secondaryLocation().isEmpty()) {
            return ReplicationRole.STANDALONE;
        }
        return resource.replicaOf() != null ? ReplicationRole.REPLICA : ReplicationRole.PRIMARY;
    }

    private static Health health(StorageAccountState account, ReplicationRole role) {
        boolean primaryDown = !"Available".equalsIgnoreCase(account.statusOfPrimary());
        boolean secondaryDown = account.statusOfSecondary().filter(s -> !"Available".equalsIgnoreCase(s)).isPresent();
        if ((role == ReplicationRole.PRIMARY || role == ReplicationRole.STANDALONE) && primaryDown
                || role == ReplicationRole.REPLICA && secondaryDown) {
            return Health.DOWN;
        }
        boolean replicating = account.geoReplication().map(g -> g.equalsIgnoreCase("Live")).orElse(true);
        return primaryDown || secondaryDown || account.failoverInProgress() || !replicating ? Health.DEGRADED : Health.UP;
    }
}

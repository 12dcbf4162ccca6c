package dev.warroom.connectors.azure.storage;

import com.azure.core.util.Context;
import com.azure.resourcemanager.storage.fluent.StorageAccountsClient;
import com.azure.resourcemanager.storage.fluent.models.StorageAccountInner;
import com.azure.resourcemanager.storage.models.AccountStatus;
import com.azure.resourcemanager.storage.models.GeoReplicationStats;
import com.azure.resourcemanager.storage.models.StorageAccountExpand;
import dev.warroom.connectors.azure.AzureAddress;
import dev.warroom.connectors.azure.AzureWords;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A storage account as Azure reports it with its geo-replication stats: where its primary and
 * secondary are, whether each is available, and when the secondary last synced (what an unplanned
 * failover would lose).
 */
record StorageAccountState(String name, String primaryLocation, Optional<String> secondaryLocation, String statusOfPrimary,
        Optional<String> statusOfSecondary, Optional<OffsetDateTime> lastSyncTime, Optional<String> geoReplication, String sku,
        boolean failoverInProgress, Optional<OffsetDateTime> lastFailover) {

    static StorageAccountState read(StorageAccountsClient accounts, AzureAddress at) {
        StorageAccountInner account = accounts.getByResourceGroupWithResponse(at.resourceGroup(), at.name(),
                StorageAccountExpand.GEO_REPLICATION_STATS, Context.NONE).getValue();
        Optional<GeoReplicationStats> stats = Optional.ofNullable(account.geoReplicationStats());
        return new StorageAccountState(at.name(),
                Optional.ofNullable(account.primaryLocation()).orElse(Optional.ofNullable(account.location()).orElse("unknown")),
                Optional.ofNullable(account.secondaryLocation()).filter(s -> !s.isBlank()),
                status(account.statusOfPrimary()), Optional.ofNullable(account.statusOfSecondary()).map(StorageAccountState::status),
                stats.map(GeoReplicationStats::lastSyncTime), stats.map(GeoReplicationStats::status).map(Object::toString),
                account.sku() == null || account.sku().name() == null ? "unknown" : account.sku().name().toString(),
                Boolean.TRUE.equals(account.failoverInProgress()), Optional.ofNullable(account.lastGeoFailoverTime()));
    }

    private static String status(AccountStatus status) {
        return status == null ? "unknown" : status.toString();
    }

    static boolean sameRegion(String a, String b) {
        return a != null && b != null && normal(a).equals(normal(b));
    }

    private static String normal(String region) {
        return region.replace(" ", "").toLowerCase(Locale.ROOT);
    }

    boolean primaryIn(String region) {
        return sameRegion(primaryLocation, region);
    }

    boolean secondaryIn(String region) {
        return secondaryLocation.filter(s -> sameRegion(s, region)).isPresent();
    }

    Optional<Duration> behind(OffsetDateTime now) {
        return lastSyncTime.map(sync -> Duration.between(sync, now)).map(d -> d.isNegative() ? Duration.ZERO : d);
    }

    Map<String, String> words(OffsetDateTime now) {
        Map<String, String> words = new LinkedHashMap<>();
        words.put("primaryLocation", primaryLocation);
        words.put("statusOfPrimary", statusOfPrimary);
        words.put("secondaryLocation", secondaryLocation.orElse("none"));
        statusOfSecondary.ifPresent(s -> words.put("statusOfSecondary", s));
        lastSyncTime.ifPresent(sync -> words.put("lastSyncTime", AzureWords.at(sync)
                + behind(now).map(lag -> " (" + AzureWords.lag(lag) + " behind)").orElse("")));
        geoReplication.ifPresent(g -> words.put("geoReplication", g));
        words.put("sku", sku);
        if (failoverInProgress) {
            words.put("failoverInProgress", "yes");
        }
        lastFailover.ifPresent(t -> words.put("lastFailover", AzureWords.at(t)));
        return words;
    }
}

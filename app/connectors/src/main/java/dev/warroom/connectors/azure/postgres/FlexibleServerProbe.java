package dev.warroom.connectors.azure.postgres;

import com.azure.resourcemanager.postgresqlflexibleserver.fluent.PostgreSqlManagementClient;
import com.azure.resourcemanager.postgresqlflexibleserver.fluent.models.ServerInner;
import dev.warroom.connectors.azure.AzureAccess;
import dev.warroom.connectors.azure.AzureAddress;
import dev.warroom.connectors.azure.AzureFailures;
import dev.warroom.connectors.azure.AzureProbe;
import dev.warroom.connectors.azure.AzureWords;
import dev.warroom.connectors.azure.monitor.MetricReader;
import dev.warroom.core.plan.model.Resource;
import dev.warroom.core.world.Observation;
import dev.warroom.core.world.ReplicationRole;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * azure-postgres-flexible: the server's state and replication role as Azure reports them; for a
 * primary its replicas, for a replica its link and its lag (Azure Monitor's
 * {@code physical_replication_delay_in_seconds}, when the identity may read metrics).
 */
public final class FlexibleServerProbe extends AzureProbe {

    static final String TYPE = "Microsoft.DBforPostgreSQL/flexibleServers";
    private static final String LAG_METRIC = "physical_replication_delay_in_seconds";

    private final MetricReader metrics;

    public FlexibleServerProbe(AzureAccess access) {
        super(access);
        this.metrics = new MetricReader(access.rest());
    }

    @Override
    protected Observation read(Resource resource) {
        AzureAddress at = AzureAddress.require(resource, access);
        PostgreSqlManagementClient pg = access.clients(at.subscription()).postgres().serviceClient();
        ServerInner server = pg.getServers().getByResourceGroup(at.resourceGroup(), at.name());
        ReplicationRole role = FlexibleServerRoles.role(server);
        Map<String, String> words = new LinkedHashMap<>();
        words.put("role", AzureWords.lower(role));
        words.put("replicationRole", FlexibleServerRoles.azureRole(server));
        words.put("state", server.state() == null ? "unknown" : server.state().toString());
        Optional.ofNullable(server.location()).ifPresent(region -> words.put("region", region));
        Optional<Duration> lag = Optional.empty();
        if (role == ReplicationRole.REPLICA) {
            words.put("link", FlexibleServerRoles.link(server));
            Optional.ofNullable(server.sourceServerResourceId()).map(AzureWords::lastSegment).ifPresent(source -> words.put("source", source));
            lag = lag(server.id() == null ? at.path(TYPE) : server.id(), words);
        } else if (role == ReplicationRole.PRIMARY) {
            words.put("replicas", replicas(pg, at));
        }
        Optional.ofNullable(server.fullyQualifiedDomainName()).ifPresent(fqdn -> words.put("fqdn", fqdn));
        return new Observation(resource.id(), FlexibleServerRoles.health(server), role, lag, words, Instant.now());
    }

    private Optional<Duration> lag(String serverId, Map<String, String> words) {
        try {
            Optional<Duration> lag = metrics.latest(serverId, LAG_METRIC, "Maximum").map(seconds -> Duration.ofMillis(Math.round(seconds * 1000)));
            words.put("lag", lag.map(AzureWords::lag).orElse("unknown (Azure Monitor has no recent value)"));
            return lag;
        } catch (RuntimeException e) {
            // The lag is one fact among many: a refused metrics read must not hide the server's role and state.
            words.put("lag", "unknown (" + AzureFailures.of(e).words() + ")");
            return Optional.empty();
        }
    }

    private static String replicas(PostgreSqlManagementClient pg, AzureAddress at) {
        List<String> replicas = new ArrayList<>();
        for (ServerInner replica : pg.getReplicas().listByServer(at.resourceGroup(), at.name())) {
            if (!at.name().equalsIgnoreCase(replica.name())) {
                replicas.add(replica.name() + " (" + FlexibleServerRoles.azureRole(replica) + ", "
                        + (replica.replica() == null || replica.replica().replicationState() == null ? "state unknown"
                                : replica.replica().replicationState()) + ")");
            }
        }
        return replicas.isEmpty() ? "none" : String.join(", ", replicas);
    }
}

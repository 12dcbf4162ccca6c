package dev.warroom.connectors.aws;

import dev.warroom.core.plan.model.Resource;
import dev.warroom.core.world.Health;
import dev.warroom.core.world.Observation;
import dev.warroom.core.world.Probe;
import dev.warroom.core.world.ProbeException;
import dev.warroom.core.world.ProbeFailure;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.services.elasticache.model.ReplicationGroup;

/**
 * aws-elasticache: DescribeReplicationGroups for the group's status and each node's role. Attributes:
 * state, nodes, primary, failover, multiAz, global. The group is a replica only as a secondary member
 * of a global datastore.
 */
final class ElastiCacheProbe implements Probe {

    private static final Set<String> DOWN = Set.of("create-failed", "deleting", "deleted");

    private final AwsClients clients;
    private final Sightings<CacheTopology> topologies;
    private final Clock clock;

    ElastiCacheProbe(AwsClients clients, Sightings<CacheTopology> topologies, Clock clock) {
        this.clients = clients;
        this.topologies = topologies;
        this.clock = clock;
    }

    @Override
    public Observation observe(Resource resource) throws ProbeException {
        AwsScope scope = AwsScope.of(resource);
        String id = AwsScope.required(resource, "replicationGroup");
        ReplicationGroup group = describe(clients, scope, id, AwsClients.Use.PROBE);
        CacheTopology t = CacheTopology.of(group);
        Instant now = clock.instant();
        topologies.put(key(scope, id), t, now);
        Map<String, String> words = new LinkedHashMap<>();
        words.put("region", scope.region().id());
        words.put("state", t.status());
        words.put("role", AwsWords.lower(t.role().name()));
        words.put("nodes", t.nodesWords());
        t.primary().ifPresent(p -> words.put("primary", p.words()));
        words.put("failover", t.automaticFailover() ? "automatic" : "manual");
        Optional.ofNullable(group.multiAZAsString()).ifPresent(m -> words.put("multiAz", m));
        t.globalId().ifPresent(g -> words.put("global", g + t.globalRole().map(r -> " (" + AwsWords.lower(r) + ")").orElse("")));
        return new Observation(resource.id(), health(t), t.role(), Optional.empty(), words, now);
    }

    private static Health health(CacheTopology t) {
        if (DOWN.contains(AwsWords.lower(t.status()))) {
            return Health.DOWN;
        }
        boolean shardWithoutPrimary = t.shards().stream().anyMatch(s -> s.rolesKnown() && s.primary().isEmpty());
        boolean serving = t.available() || "modifying".equalsIgnoreCase(t.status()) || "snapshotting".equalsIgnoreCase(t.status());
        return serving && !shardWithoutPrimary ? Health.UP : Health.DEGRADED;
    }

    static ReplicationGroup describe(AwsClients clients, AwsScope scope, String id, AwsClients.Use use) throws ProbeException {
        AwsCall call = clients.call("ElastiCache", scope.region().id());
        return call.ask(() -> clients.elastiCache(scope, use).describeReplicationGroups(b -> b.replicationGroupId(id)))
                .replicationGroups().stream().findFirst()
                .orElseThrow(() -> new ProbeException(ProbeFailure.ERROR, call.where()
                        + ": DescribeReplicationGroups returned no replication group " + id));
    }

    static String key(AwsScope scope, String id) {
        return scope.region().id() + "/" + id;
    }
}

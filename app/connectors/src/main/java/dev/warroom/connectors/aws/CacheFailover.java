package dev.warroom.connectors.aws;

import dev.warroom.core.world.ProbeException;
import dev.warroom.core.world.ProbeFailure;
import dev.warroom.core.world.ReplicationRole;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Which ElastiCache call promotes a replication group, chosen from its state:
 * <ul>
 * <li>a secondary member of a global datastore → FailoverGlobalReplicationGroup, making this region's group the primary;</li>
 * <li>Multi-AZ automatic failover on → TestFailover on the shard: ElastiCache refuses a manual PrimaryClusterId
 * while automatic failover is on, and turning it off first would leave the group unprotected mid-incident;</li>
 * <li>automatic failover off → ModifyReplicationGroup PrimaryClusterId (ApplyImmediately), which names the exact
 * replica to promote — one in another Availability Zone than the failing primary when there is one. AWS
 * calls TestFailover a testing tool that it may block during large-scale events, so it is used only where
 * nothing else works.</li>
 * </ul>
 * Groups in cluster mode with several shards are refused: which shards to fail over is a decision for a person.
 */
record CacheFailover(Route route, CacheTopology before, Optional<CacheTopology.Node> promote, String call, String cli,
        List<String> changes) {

    enum Route { GLOBAL_DATASTORE, TEST_FAILOVER, PRIMARY_CLUSTER }

    CacheFailover {
        changes = List.copyOf(changes);
    }

    static CacheFailover choose(CacheTopology t, AwsScope scope) throws ProbeException {
        String group = t.groupId();
        String region = scope.region().id();
        if (t.globalId().isPresent() && t.role() == ReplicationRole.REPLICA) {
            String global = t.globalId().get();
            return new CacheFailover(Route.GLOBAL_DATASTORE, t, Optional.empty(),
                    "elasticache:FailoverGlobalReplicationGroup GlobalReplicationGroupId=" + global + " PrimaryRegion=" + region
                            + " PrimaryReplicationGroupId=" + group,
                    "aws elasticache failover-global-replication-group" + AwsCli.flag("--global-replication-group-id", global)
                            + AwsCli.flag("--primary-region", region) + AwsCli.flag("--primary-replication-group-id", group)
                            + AwsCli.scope(scope),
                    List.of(group + " (" + region + ") becomes the primary of global datastore " + global + " and takes writes",
                            "the former primary group becomes a secondary that replicates from " + region,
                            "writes not yet replicated to " + region + " are lost"));
        }
        CacheTopology.Shard shard = t.onlyShard().orElseThrow(() -> refuse(group + " runs in cluster mode with " + t.shards().size()
                + " shards; WarRoom fails over single-shard groups only. Fail shards over one by one with: aws elasticache "
                + "test-failover --replication-group-id " + group + " --node-group-id <shard>"));
        Optional<CacheTopology.Node> primary = shard.primary();
        if (t.automaticFailover()) {
            return new CacheFailover(Route.TEST_FAILOVER, t, Optional.empty(),
                    "elasticache:TestFailover ReplicationGroupId=" + group + " NodeGroupId=" + shard.id() + " (" + scope.words() + ")",
                    "aws elasticache test-failover" + AwsCli.flag("--replication-group-id", group)
                            + AwsCli.flag("--node-group-id", shard.id()) + AwsCli.scope(scope),
                    List.of("ElastiCache fails the primary " + primary.map(CacheTopology.Node::words).orElse("of shard " + shard.id())
                                    + " over to a replica of its choice; the old primary is replaced and rejoins as a replica",
                            "clients on the primary endpoint reconnect to the new primary, usually within a minute",
                            "TestFailover because Multi-AZ automatic failover is on (ElastiCache refuses PrimaryClusterId then); "
                                    + "AWS allows it on a limited number of shards per 24 hours and may block it in large-scale events"));
        }
        List<CacheTopology.Node> replicas = shard.replicas();
        if (replicas.isEmpty()) {
            throw refuse(group + " has no replica node to promote (nodes: " + t.nodesWords() + ")");
        }
        String primaryZone = primary.map(CacheTopology.Node::zone).orElse("");
        CacheTopology.Node chosen = replicas.stream()
                .min(Comparator.comparing((CacheTopology.Node n) -> primaryZone.equals(n.zone()))).orElseThrow();
        return new CacheFailover(Route.PRIMARY_CLUSTER, t, Optional.of(chosen),
                "elasticache:ModifyReplicationGroup ReplicationGroupId=" + group + " PrimaryClusterId=" + chosen.cluster()
                        + " ApplyImmediately=true (" + scope.words() + ")",
                "aws elasticache modify-replication-group" + AwsCli.flag("--replication-group-id", group)
                        + AwsCli.flag("--primary-cluster-id", chosen.cluster()) + " --apply-immediately" + AwsCli.scope(scope),
                List.of(chosen.words() + " becomes the primary" + primary.map(p -> "; " + p.words() + " becomes a replica").orElse(""),
                        "applied immediately, not in the maintenance window; the group reads 'modifying' until it is done",
                        "ModifyReplicationGroup PrimaryClusterId because automatic failover is off: it names the exact replica"));
    }

    /** The API operation alone, e.g. {@code elasticache:TestFailover}. */
    String operation() {
        return call.substring(0, call.indexOf(' '));
    }

    /** Whether the group now shows the promotion this choice asked for. */
    boolean doneIn(CacheTopology now) {
        if (!now.available()) {
            return false;
        }
        return switch (route) {
            case GLOBAL_DATASTORE -> now.role() == ReplicationRole.PRIMARY;
            case PRIMARY_CLUSTER -> now.primary().map(p -> p.cluster().equals(promote.orElseThrow().cluster())).orElse(false);
            case TEST_FAILOVER -> before.primary().isEmpty() || now.primary().map(p -> !p.cluster().equals(before.primary().get().cluster()))
                    .orElse(false);
        };
    }

    String doneWords(CacheTopology now) {
        return switch (route) {
            case GLOBAL_DATASTORE -> now.groupId() + " is the primary of global datastore " + now.globalId().orElse("?");
            case PRIMARY_CLUSTER, TEST_FAILOVER -> now.groupId() + "'s primary is now "
                    + now.primary().map(CacheTopology.Node::words).orElse("(not reported)");
        };
    }

    private static ProbeException refuse(String words) {
        return new ProbeException(ProbeFailure.ERROR, words);
    }
}

package dev.warroom.connectors.aws;

import dev.warroom.core.world.ReplicationRole;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.elasticache.model.NodeGroup;
import software.amazon.awssdk.services.elasticache.model.NodeGroupMember;
import software.amazon.awssdk.services.elasticache.model.ReplicationGroup;

/** An ElastiCache replication group as the failover decision needs it: shards, node roles, failover mode, global datastore. */
record CacheTopology(String groupId, String status, boolean automaticFailover, boolean clusterMode, List<Shard> shards,
        Optional<String> globalId, Optional<String> globalRole) {

    record Node(String cluster, String zone, String role) {
        String words() {
            return cluster + (zone == null ? "" : " (" + zone + ")");
        }
    }

    record Shard(String id, String status, List<Node> nodes) {
        Optional<Node> primary() {
            return nodes.stream().filter(n -> "primary".equalsIgnoreCase(n.role())).findFirst();
        }

        List<Node> replicas() {
            return nodes.stream().filter(n -> "replica".equalsIgnoreCase(n.role())).toList();
        }

        boolean rolesKnown() {
            return nodes.stream().anyMatch(n -> n.role() != null && !n.role().isBlank());
        }
    }

    CacheTopology {
        shards = List.copyOf(shards);
    }

    static CacheTopology of(ReplicationGroup group) {
        List<Shard> shards = group.nodeGroups().stream().map(CacheTopology::shard).toList();
        Optional<String> globalId = Optional.ofNullable(group.globalReplicationGroupInfo())
                .map(g -> g.globalReplicationGroupId()).filter(id -> !id.isBlank());
        Optional<String> globalRole = Optional.ofNullable(group.globalReplicationGroupInfo())
                .map(g -> g.globalReplicationGroupMemberRole()).filter(r -> !r.isBlank());
        return new CacheTopology(group.replicationGroupId(), group.status(),
                "enabled".equalsIgnoreCase(group.automaticFailoverAsString()),
                Boolean.TRUE.equals(group.clusterEnabled()) || shards.size() > 1, shards, globalId, globalRole);
    }

    private static Shard shard(NodeGroup group) {
        return new Shard(group.nodeGroupId(), group.status(), group.nodeGroupMembers().stream().map(CacheTopology::node).toList());
    }

    private static Node node(NodeGroupMember member) {
        return new Node(member.cacheClusterId(), member.preferredAvailabilityZone(), member.currentRole());
    }

    /** A secondary member of a global datastore is a replica of another region; any other group has its own writable primary. */
    ReplicationRole role() {
        return globalRole.filter("SECONDARY"::equalsIgnoreCase).isPresent() ? ReplicationRole.REPLICA : ReplicationRole.PRIMARY;
    }

    boolean available() {
        return "available".equalsIgnoreCase(status);
    }

    Optional<Shard> onlyShard() {
        return shards.size() == 1 ? Optional.of(shards.get(0)) : Optional.empty();
    }

    Optional<Node> primary() {
        return onlyShard().flatMap(Shard::primary);
    }

    /** "primary chatops-redis-001 (us-east-1a), replica chatops-redis-002 (us-east-1b)"; per shard when there are several. */
    String nodesWords() {
        if (shards.isEmpty()) {
            return "no nodes reported";
        }
        return shards.stream().map(s -> (shards.size() > 1 ? "shard " + s.id() + ": " : "") + shardWords(s))
                .collect(Collectors.joining("; "));
    }

    private static String shardWords(Shard shard) {
        if (!shard.rolesKnown()) {
            return shard.nodes().size() + " node" + (shard.nodes().size() == 1 ? "" : "s") + " (" + shard.status() + ")";
        }
        return shard.nodes().stream().map(n -> AwsWords.lower(n.role()) + " " + n.words()).collect(Collectors.joining(", "));
    }
}

package dev.warroom.connectors.aws;

import dev.warroom.core.plan.model.Resource;
import dev.warroom.core.time.DurationText;
import dev.warroom.core.world.ActionRequest;
import dev.warroom.core.world.ActionResult;
import dev.warroom.core.world.ProbeException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.elasticache.ElastiCacheClient;
import software.amazon.awssdk.services.elasticache.model.DescribeReplicationGroupsRequest;
import software.amazon.awssdk.services.elasticache.model.DescribeReplicationGroupsResponse;
import software.amazon.awssdk.services.elasticache.waiters.ElastiCacheWaiter;

/**
 * cache.promote on aws-elasticache: reads the group, performs the call {@link CacheFailover} chooses,
 * then follows the ReplicationGroupAvailable waiter until the group shows the new primary.
 */
final class ElastiCacheFailover extends AwsAction {

    private final Sightings<CacheTopology> topologies;

    ElastiCacheFailover(AwsClients clients, Sightings<CacheTopology> topologies) {
        super(clients, "cache.promote");
        this.topologies = topologies;
    }

    @Override
    protected Draft draft(ActionRequest request) throws ProbeException {
        Resource cache = target(request);
        AwsScope scope = AwsScope.of(cache);
        String id = AwsScope.required(cache, "replicationGroup");
        Optional<Sightings.Seen<CacheTopology>> seen = topologies.get(ElastiCacheProbe.key(scope, id));
        String summary = "Promote ElastiCache replication group " + id + " (" + scope.words() + ")";
        if (seen.isEmpty()) {
            return new Draft(summary, "elasticache: chosen when the step runs, from the group's state — FailoverGlobalReplicationGroup "
                    + "for a global datastore secondary, TestFailover when automatic failover is on, else ModifyReplicationGroup "
                    + "PrimaryClusterId=<a replica in another zone> ApplyImmediately=true\n"
                    + "aws elasticache describe-replication-groups" + AwsCli.flag("--replication-group-id", id) + AwsCli.scope(scope),
                    List.of("the group has not been observed yet, so the exact call is decided when the step runs"));
        }
        CacheFailover choice = CacheFailover.choose(seen.get().value(), scope);
        List<String> changes = new java.util.ArrayList<>(choice.changes());
        changes.add("as observed at " + AwsWords.at(seen.get().at()) + "; the group is read again before the call");
        return new Draft(summary, choice.call() + ", then the ReplicationGroupAvailable waiter\n" + choice.cli(), changes);
    }

    @Override
    protected ActionResult perform(ActionRequest request, Deadline deadline) throws ProbeException, InterruptedException {
        Resource cache = target(request);
        AwsScope scope = AwsScope.of(cache);
        String id = AwsScope.required(cache, "replicationGroup");
        AwsCall call = clients.call("ElastiCache", scope.region().id());
        CacheFailover choice = CacheFailover.choose(CacheTopology.of(ElastiCacheProbe.describe(clients, scope, id, AwsClients.Use.ACTION)), scope);
        ElastiCacheClient client = clients.elastiCache(scope, AwsClients.Use.ACTION);
        Duration callTimeout = deadline.capped(clients.settings().callTimeout().multipliedBy(3));
        call.ask(() -> switch (choice.route()) {
            case GLOBAL_DATASTORE -> client.failoverGlobalReplicationGroup(b -> b.globalReplicationGroupId(choice.before().globalId().orElseThrow())
                    .primaryRegion(scope.region().id()).primaryReplicationGroupId(id)
                    .overrideConfiguration(o -> o.apiCallTimeout(callTimeout)));
            case TEST_FAILOVER -> client.testFailover(b -> b.replicationGroupId(id).nodeGroupId(choice.before().onlyShard().orElseThrow().id())
                    .overrideConfiguration(o -> o.apiCallTimeout(callTimeout)));
            case PRIMARY_CLUSTER -> client.modifyReplicationGroup(b -> b.replicationGroupId(id)
                    .primaryClusterId(choice.promote().orElseThrow().cluster()).applyImmediately(true)
                    .overrideConfiguration(o -> o.apiCallTimeout(callTimeout)));
        });
        DescribeReplicationGroupsRequest describe = DescribeReplicationGroupsRequest.builder().replicationGroupId(id)
                .overrideConfiguration(o -> o.apiCallTimeout(clients.settings().callTimeout())).build();
        Following.Followed<DescribeReplicationGroupsResponse> followed;
        try (ElastiCacheWaiter waiter = ElastiCacheWaiter.builder().client(client).build()) {
            followed = Following.until(deadline, clients.settings().pollInterval(),
                    config -> waiter.waitUntilReplicationGroupAvailable(describe, config), r -> !r.replicationGroups().isEmpty() && choice.doneIn(topology(r)));
        } catch (SdkClientException e) {
            throw new ProbeException(call.kind(e), call.where() + ": " + choice.operation() + " was accepted, but following it failed: "
                    + call.words(e));
        }
        if (followed.done()) {
            CacheTopology now = topology(followed.last().orElseThrow());
            return ActionResult.ok(choice.doneWords(now) + " after " + DurationText.human(deadline.elapsed()),
                    Map.of("replicationGroup", id, "primary", now.primary().map(CacheTopology.Node::cluster).orElse(""),
                            "call", choice.operation()));
        }
        return ActionResult.failed(choice.operation() + " was accepted for " + id
                + ", but the group did not show the new primary within " + DurationText.human(deadline.budget())
                + "; check with: aws elasticache describe-replication-groups" + AwsCli.flag("--replication-group-id", id)
                + AwsCli.scope(scope));
    }

    private static CacheTopology topology(DescribeReplicationGroupsResponse response) {
        return CacheTopology.of(response.replicationGroups().get(0));
    }
}

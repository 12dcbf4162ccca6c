package dev.warroom.connectors.aws;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static dev.warroom.connectors.aws.AwsStandIn.query;
import static dev.warroom.connectors.aws.AwsStandIn.queryError;
import static dev.warroom.connectors.aws.AwsStandIn.xml;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.warroom.connectors.ActionKey;
import dev.warroom.core.plan.model.Resource;
import dev.warroom.core.world.ActionExecutor;
import dev.warroom.core.world.ActionPreview;
import dev.warroom.core.world.ActionRequest;
import dev.warroom.core.world.ActionResult;
import dev.warroom.core.world.Health;
import dev.warroom.core.world.Observation;
import dev.warroom.core.world.ProbeException;
import dev.warroom.core.world.ProbeFailure;
import dev.warroom.core.world.ReplicationRole;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AwsElastiCacheTest extends OnTheAwsStandIn {

    private static final String FAILOVER = "failover";
    private static final String GLOBAL_SECONDARY = "<GlobalReplicationGroupInfo><GlobalReplicationGroupId>ldgnf-chatops-global"
            + "</GlobalReplicationGroupId><GlobalReplicationGroupMemberRole>SECONDARY</GlobalReplicationGroupMemberRole>"
            + "</GlobalReplicationGroupInfo>";
    private static final String GLOBAL_PRIMARY = GLOBAL_SECONDARY.replace("SECONDARY", "PRIMARY");


    private final Resource cache = AwsStandIn.resource("redis-chatops", "aws-elasticache",
            Map.of("region", "us-east-1", "replicationGroup", "chatops-redis"));
    private final Resource drCache = AwsStandIn.resource("redis-chatops-dr", "aws-elasticache",
            Map.of("region", "us-west-2", "replicationGroup", "chatops-redis"));

    static String group(String status, String automaticFailover, String role001, String role002, String global) {
        return AwsStandIn.fill("elasticache/replication-group.xml", Map.of("status", status, "automaticFailover", automaticFailover,
                "multiAz", automaticFailover, "role1", role001, "role2", role002, "global", global));
    }

    static String describe(String group) {
        return AwsStandIn.fill("elasticache/describe-replication-groups.xml", Map.of("group", group));
    }

    private Observation observe(Resource r) throws ProbeException {
        return connector.probes().get("aws-elasticache").observe(r);
    }

    private ActionExecutor promote() {
        return connector.executors().get(ActionKey.of("cache.promote", "aws-elasticache"));
    }

    private ActionRequest request(Resource target) {
        return AwsStandIn.request("cache.promote", target, Map.of(), Duration.ofMinutes(1));
    }

    private void describeIn(String state, String body, String next) {
        aws.server.stubFor(query("DescribeReplicationGroups").inScenario(FAILOVER).whenScenarioStateIs(state)
                .willReturn(xml(200, describe(body))).willSetStateTo(next));
    }

    @Test
    void theProbeReportsEachNodesRoleAndTheFailoverMode() throws Exception {
        aws.server.stubFor(query("DescribeReplicationGroups").willReturn(xml(200,
                describe(group("available", "enabled", "primary", "replica", "")))));

        Observation o = observe(cache);

        assertThat(o.health()).isEqualTo(Health.UP);
        assertThat(o.role()).isEqualTo(ReplicationRole.PRIMARY);
        assertThat(o.attributes()).containsEntry("state", "available")
                .containsEntry("nodes", "primary chatops-redis-001 (us-east-1a), replica chatops-redis-002 (us-east-1b)")
                .containsEntry("primary", "chatops-redis-001 (us-east-1a)").containsEntry("failover", "automatic")
                .containsEntry("multiAz", "enabled");
        aws.server.verify(postRequestedFor(urlPathEqualTo("/")).withRequestBody(containing("ReplicationGroupId=chatops-redis")));
    }

    @Test
    void aSecondaryOfAGlobalDatastoreIsAReplica() throws Exception {
        aws.server.stubFor(query("DescribeReplicationGroups").willReturn(xml(200,
                describe(group("available", "enabled", "primary", "replica", GLOBAL_SECONDARY)))));

        Observation o = observe(drCache);

        assertThat(o.role()).isEqualTo(ReplicationRole.REPLICA);
        assertThat(o.attributes()).containsEntry("global", "ldgnf-chatops-global (secondary)").containsEntry("role", "replica");
    }

    @Test
    void aShardWithoutAPrimaryIsDegraded() throws Exception {
        aws.server.stubFor(query("DescribeReplicationGroups").willReturn(xml(200,
                describe(group("modifying", "enabled", "replica", "replica", "")))));

        assertThat(observe(cache).health()).isEqualTo(Health.DEGRADED);
    }

    @Test
    void throttlingIsThrottledAndAnExpiredTokenAnAuthFailure() {
        aws.server.stubFor(query("DescribeReplicationGroups").willReturn(xml(400, queryError("Throttling", "Rate exceeded"))));
        ProbeException throttled = catchThrowableOfType(ProbeException.class, () -> observe(cache));
        aws.server.stubFor(query("DescribeReplicationGroups").willReturn(xml(403, queryError("ExpiredToken",
                "The security token included in the request is expired"))));
        ProbeException expired = catchThrowableOfType(ProbeException.class, () -> observe(cache));

        assertThat(throttled.failure()).isEqualTo(ProbeFailure.THROTTLED);
        assertThat(throttled.getMessage()).contains("ElastiCache us-east-1");
        assertThat(expired.failure()).isEqualTo(ProbeFailure.AUTH_FAILED);
    }

    @Test
    void beforeTheGroupIsSeenThePreviewSaysTheCallIsChosenWhenTheStepRuns() {
        ActionPreview preview = promote().preview(request(cache));

        assertThat(preview.call()).contains("chosen when the step runs").contains("TestFailover").contains("PrimaryClusterId");
        assertThat(aws.server.getAllServeEvents()).isEmpty();
    }

    @Test
    void withAutomaticFailoverOnTheShardIsFailedOverWithTestFailoverAndFollowedToTheNewPrimary() throws Exception {
        aws.server.stubFor(query("DescribeReplicationGroups").inScenario(FAILOVER).whenScenarioStateIs(STARTED)
                .willReturn(xml(200, describe(group("available", "enabled", "primary", "replica", "")))));
        observe(cache);
        ActionPreview preview = promote().preview(request(cache));
        aws.server.stubFor(query("TestFailover").inScenario(FAILOVER).whenScenarioStateIs(STARTED)
                .willReturn(xml(200, AwsStandIn.fill("elasticache/test-failover.xml",
                        Map.of("group", group("modifying", "enabled", "primary", "replica", "")))))
                .willSetStateTo("failing over"));
        describeIn("failing over", group("modifying", "enabled", "replica", "replica", ""), "replaced");
        describeIn("replaced", group("available", "enabled", "replica", "primary", ""), "replaced");

        ActionResult result = promote().execute(request(cache));

        assertThat(preview.call()).contains("elasticache:TestFailover ReplicationGroupId=chatops-redis NodeGroupId=0001")
                .contains("aws elasticache test-failover --replication-group-id chatops-redis --node-group-id 0001 --region us-east-1");
        assertThat(preview.changes()).anyMatch(c -> c.contains("automatic failover is on"));
        assertThat(result.succeeded()).as(result.detail()).isTrue();
        assertThat(result.detail()).startsWith("chatops-redis's primary is now chatops-redis-002 (us-east-1b)");
        assertThat(result.outputs()).containsEntry("primary", "chatops-redis-002").containsEntry("call", "elasticache:TestFailover");
        aws.server.verify(exactly(1), postRequestedFor(urlPathEqualTo("/")).withRequestBody(containing("Action=TestFailover&"))
                .withRequestBody(containing("NodeGroupId=0001")));
    }

    @Test
    void withAutomaticFailoverOffTheReplicaInAnotherZoneIsNamedPrimary() throws Exception {
        aws.server.stubFor(query("DescribeReplicationGroups").inScenario(FAILOVER).whenScenarioStateIs(STARTED)
                .willReturn(xml(200, describe(group("available", "disabled", "primary", "replica", "")))));
        aws.server.stubFor(query("ModifyReplicationGroup").inScenario(FAILOVER).whenScenarioStateIs(STARTED)
                .willReturn(xml(200, AwsStandIn.fill("elasticache/modify-replication-group.xml",
                        Map.of("group", group("modifying", "disabled", "primary", "replica", "")))))
                .willSetStateTo("modifying"));
        describeIn("modifying", group("modifying", "disabled", "primary", "replica", ""), "swapped");
        describeIn("swapped", group("available", "disabled", "replica", "primary", ""), "swapped");

        ActionResult result = promote().execute(request(cache));

        assertThat(result.succeeded()).as(result.detail()).isTrue();
        assertThat(result.outputs()).containsEntry("primary", "chatops-redis-002")
                .containsEntry("call", "elasticache:ModifyReplicationGroup");
        aws.server.verify(exactly(1), postRequestedFor(urlPathEqualTo("/")).withRequestBody(containing("Action=ModifyReplicationGroup&"))
                .withRequestBody(containing("PrimaryClusterId=chatops-redis-002")).withRequestBody(containing("ApplyImmediately=true")));
    }

    @Test
    void aGlobalDatastoreSecondaryBecomesItsPrimary() throws Exception {
        aws.server.stubFor(query("DescribeReplicationGroups").inScenario(FAILOVER).whenScenarioStateIs(STARTED)
                .willReturn(xml(200, describe(group("available", "enabled", "primary", "replica", GLOBAL_SECONDARY)))));
        aws.server.stubFor(query("FailoverGlobalReplicationGroup").inScenario(FAILOVER).whenScenarioStateIs(STARTED)
                .willReturn(xml(200, AwsStandIn.body("elasticache/failover-global-replication-group.xml"))).willSetStateTo("promoting"));
        describeIn("promoting", group("modifying", "enabled", "primary", "replica", GLOBAL_SECONDARY), "promoted");
        describeIn("promoted", group("available", "enabled", "primary", "replica", GLOBAL_PRIMARY), "promoted");

        ActionResult result = promote().execute(request(drCache));

        assertThat(result.succeeded()).as(result.detail()).isTrue();
        assertThat(result.detail()).startsWith("chatops-redis is the primary of global datastore ldgnf-chatops-global");
        aws.server.verify(exactly(1), postRequestedFor(urlPathEqualTo("/"))
                .withRequestBody(containing("Action=FailoverGlobalReplicationGroup&"))
                .withRequestBody(containing("GlobalReplicationGroupId=ldgnf-chatops-global"))
                .withRequestBody(containing("PrimaryRegion=us-west-2"))
                .withRequestBody(containing("PrimaryReplicationGroupId=chatops-redis")));
    }

    @Test
    void aGroupWithSeveralShardsIsRefusedWithTheCommandToUseInstead() throws Exception {
        String oneShard = group("available", "enabled", "", "", "");
        int start = oneShard.indexOf("<NodeGroup>");
        int end = oneShard.indexOf("</NodeGroup>") + "</NodeGroup>".length();
        String second = oneShard.substring(start, end).replace("<NodeGroupId>0001</NodeGroupId>", "<NodeGroupId>0002</NodeGroupId>");
        String twoShards = oneShard.substring(0, end) + second + oneShard.substring(end);
        aws.server.stubFor(query("DescribeReplicationGroups").willReturn(xml(200, describe(twoShards.replace(
                "<ClusterEnabled>false</ClusterEnabled>", "<ClusterEnabled>true</ClusterEnabled>")))));

        ActionResult result = promote().execute(request(cache));

        assertThat(result.succeeded()).isFalse();
        assertThat(result.detail()).contains("cluster mode with 2 shards").contains("aws elasticache test-failover");
        aws.server.verify(exactly(0), postRequestedFor(urlPathEqualTo("/")).withRequestBody(containing("Action=TestFailover&")));
    }
}

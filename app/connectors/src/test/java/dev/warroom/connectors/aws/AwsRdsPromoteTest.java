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

import dev.warroom.connectors.ConnectorSettings;
import dev.warroom.core.plan.model.Resource;
import dev.warroom.core.world.ActionExecutor;
import dev.warroom.core.world.ActionPreview;
import dev.warroom.core.world.ActionRequest;
import dev.warroom.core.world.ActionResult;
import dev.warroom.core.world.Reach;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AwsRdsPromoteTest extends OnTheAwsStandIn {

    private static final String PROMOTION = "promotion";


    private final Resource replica = AwsStandIn.resource("rds-dr", "aws-rds",
            Map.of("region", "us-west-2", "instance", "chatops-dr-replica", "profile", "dr-admin"));

    private ActionExecutor promote() {
        return connector.executors().get(dev.warroom.connectors.ActionKey.of("database.promote", "aws-rds"));
    }

    private ActionRequest request(Duration timeout) {
        return AwsStandIn.request("database.promote", replica, Map.of(), timeout);
    }

    private void describeIn(String state, String body, String next) {
        aws.server.stubFor(query("DescribeDBInstances").inScenario(PROMOTION).whenScenarioStateIs(state)
                .willReturn(xml(200, body)).willSetStateTo(next));
    }

    @Test
    void thePreviewNamesTheExactCallAndItsCliTwinWithoutTouchingAws() {
        ActionPreview preview = promote().preview(request(Duration.ofMinutes(10)));

        assertThat(preview.call()).contains("rds:PromoteReadReplica DBInstanceIdentifier=chatops-dr-replica")
                .contains("DBInstanceAvailable waiter")
                .contains("aws rds promote-read-replica --db-instance-identifier chatops-dr-replica --region us-west-2 --profile dr-admin");
        assertThat(preview.summary()).contains("chatops-dr-replica").contains("standalone");
        assertThat(preview.changes()).anyMatch(c -> c.contains("cannot be undone"));
        assertThat(preview.reach()).isEqualTo(Reach.DRILL_ENVIRONMENT);
        assertThat(aws.server.getAllServeEvents()).isEmpty();
    }

    @Test
    void afterTheBoardHasSeenTheReplicaThePreviewNamesItsSourceAndTheDataAtRisk() throws Exception {
        aws.server.stubFor(query("DescribeDBInstances").willReturn(xml(200, RdsBodies.replica("chatops-dr-replica", "available", "replicating"))));
        aws.server.stubFor(query("GetMetricData").willReturn(xml(200, RdsBodies.lag("2.4"))));
        connector.probes().get("aws-rds").observe(replica);

        ActionPreview preview = promote().preview(request(Duration.ofMinutes(10)));

        assertThat(preview.changes()).anyMatch(c -> c.contains("stops replicating from chatops-prod"))
                .anyMatch(c -> c.contains("replica lag last seen 2.4s"));
    }

    @Test
    void aPromotionIsFollowedFromModifyingToAvailableAcrossPolls() throws Exception {
        aws.server.stubFor(query("PromoteReadReplica").inScenario(PROMOTION).whenScenarioStateIs(STARTED)
                .willReturn(xml(200, AwsStandIn.body("rds/promote-read-replica.xml"))).willSetStateTo("accepted"));
        describeIn("accepted", RdsBodies.replica("chatops-dr-replica", "modifying", "replicating"), "still linked");
        describeIn("still linked", RdsBodies.replica("chatops-dr-replica", "available", "replicating"), "rebooting");
        describeIn("rebooting", AwsStandIn.fill("rds/describe-db-instances.xml",
                Map.of("instance", "chatops-dr-replica", "status", "modifying", "multiAz", "false")), "done");
        describeIn("done", RdsBodies.standalone("chatops-dr-replica"), "done");

        ActionResult result = promote().execute(request(Duration.ofMinutes(1)));

        assertThat(result.succeeded()).as(result.detail()).isTrue();
        assertThat(result.detail()).startsWith("chatops-dr-replica is a standalone primary (available)");
        assertThat(result.outputs()).containsEntry("status", "available").containsEntry("instance", "chatops-dr-replica");
        aws.server.verify(exactly(1), postRequestedFor(urlPathEqualTo("/")).withRequestBody(containing("Action=PromoteReadReplica&"))
                .withRequestBody(containing("DBInstanceIdentifier=chatops-dr-replica")));
        aws.server.verify(exactly(4), postRequestedFor(urlPathEqualTo("/")).withRequestBody(containing("Action=DescribeDBInstances&")));
    }

    @Test
    void aPromotionStillModifyingWhenTheStepTimeoutRunsOutIsReportedNotHidden() throws Exception {
        aws.server.stubFor(query("PromoteReadReplica").willReturn(xml(200, AwsStandIn.body("rds/promote-read-replica.xml"))));
        aws.server.stubFor(query("DescribeDBInstances").willReturn(xml(200, RdsBodies.replica("chatops-dr-replica", "modifying", "replicating"))));

        ActionResult result = promote().execute(request(Duration.ofSeconds(1)));

        assertThat(result.succeeded()).isFalse();
        assertThat(result.detail()).contains("PromoteReadReplica was accepted for chatops-dr-replica (status then: modifying)")
                .contains("did not report available as a standalone primary within 1s")
                .contains("aws rds describe-db-instances --db-instance-identifier chatops-dr-replica --region us-west-2");
    }

    @Test
    void anInstanceThatFailsWhilePromotingIsReportedWithItsStatus() throws Exception {
        aws.server.stubFor(query("PromoteReadReplica").willReturn(xml(200, AwsStandIn.body("rds/promote-read-replica.xml"))));
        aws.server.stubFor(query("DescribeDBInstances").willReturn(xml(200, RdsBodies.replica("chatops-dr-replica", "failed", "error"))));

        ActionResult result = promote().execute(request(Duration.ofMinutes(1)));

        assertThat(result.succeeded()).isFalse();
        assertThat(result.detail()).isEqualTo("PromoteReadReplica was accepted, but following chatops-dr-replica stopped: it is now 'failed'");
    }

    @Test
    void credentialsExpiringWhileFollowingThePromotionAreSaidAsSuch() throws Exception {
        aws.server.stubFor(query("PromoteReadReplica").willReturn(xml(200, AwsStandIn.body("rds/promote-read-replica.xml"))));
        aws.server.stubFor(query("DescribeDBInstances").willReturn(xml(403, queryError("ExpiredToken",
                "The security token included in the request is expired"))));

        ActionResult result = promote().execute(request(Duration.ofMinutes(1)));

        assertThat(result.succeeded()).isFalse();
        assertThat(result.detail()).contains("PromoteReadReplica was accepted").contains("ExpiredToken").contains("expired");
    }

    @Test
    void aRefusedPromotionComesBackInRdsWordsWithoutPolling() throws Exception {
        aws.server.stubFor(query("PromoteReadReplica").willReturn(xml(400, queryError("InvalidDBInstanceState",
                "DB Instance is not a read replica."))));

        ActionResult result = promote().execute(request(Duration.ofMinutes(1)));

        assertThat(result.succeeded()).isFalse();
        assertThat(result.detail()).contains("RDS us-west-2").contains("InvalidDBInstanceState").contains("not a read replica");
        aws.server.verify(exactly(0), postRequestedFor(urlPathEqualTo("/")).withRequestBody(containing("Action=DescribeDBInstances&")));
    }

    @Test
    void aPassingServiceUnavailableIsRetriedByTheAction() throws Exception {
        aws.server.stubFor(query("PromoteReadReplica").inScenario(PROMOTION).whenScenarioStateIs(STARTED)
                .willReturn(xml(503, queryError("ServiceUnavailable", "Service is unavailable. Please try again later.")))
                .willSetStateTo("second try"));
        aws.server.stubFor(query("PromoteReadReplica").inScenario(PROMOTION).whenScenarioStateIs("second try")
                .willReturn(xml(200, AwsStandIn.body("rds/promote-read-replica.xml"))).willSetStateTo("done"));
        describeIn("done", RdsBodies.standalone("chatops-dr-replica"), "done");

        ActionResult result = promote().execute(request(Duration.ofMinutes(1)));

        assertThat(result.succeeded()).as(result.detail()).isTrue();
        aws.server.verify(exactly(2), postRequestedFor(urlPathEqualTo("/")).withRequestBody(containing("Action=PromoteReadReplica&")));
    }

    @Test
    void realAwsEndpointsAreLiveAndTheIdentityIsSaidWithoutCallingAws() {
        try (var live = (AwsConnector) new AwsConnectorFactory().create(ConnectorSettings.of(Map.of("AWS_PROFILE", "dr-admin")))) {
            ActionExecutor executor = live.executors().get(dev.warroom.connectors.ActionKey.of("database.promote", "aws-rds"));

            assertThat(executor.reach(request(Duration.ofMinutes(1)))).isEqualTo(Reach.LIVE);
            assertThat(live.identity()).startsWith("AWS profile dr-admin (AWS_PROFILE)");
        }
        assertThat(connector.identity()).isEqualTo("AWS stand-in at " + aws.endpoint() + " (static drill credentials)");
    }
}

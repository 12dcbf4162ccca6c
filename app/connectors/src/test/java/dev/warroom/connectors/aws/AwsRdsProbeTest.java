package dev.warroom.connectors.aws;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.warroom.connectors.aws.AwsStandIn.query;
import static dev.warroom.connectors.aws.AwsStandIn.queryError;
import static dev.warroom.connectors.aws.AwsStandIn.xml;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.warroom.core.plan.model.Resource;
import dev.warroom.core.world.Health;
import dev.warroom.core.world.Observation;
import dev.warroom.core.world.ProbeException;
import dev.warroom.core.world.ProbeFailure;
import dev.warroom.core.world.ReplicationRole;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AwsRdsProbeTest extends OnTheAwsStandIn {


    private final Resource replica = AwsStandIn.resource("rds-dr", "aws-rds", Map.of("region", "us-west-2", "instance", "chatops-dr-replica"));
    private final Resource primary = AwsStandIn.resource("rds-prod", "aws-rds", Map.of("region", "us-east-1", "instance", "chatops-prod"));

    private Observation observe(Resource r) throws ProbeException {
        return connector.probes().get("aws-rds").observe(r);
    }

    private ProbeException refusal(Resource r) {
        return catchThrowableOfType(ProbeException.class, () -> observe(r));
    }

    @Test
    void aPrimaryReportsItsStatusRoleAndReplicas() throws Exception {
        aws.server.stubFor(query("DescribeDBInstances").willReturn(xml(200, RdsBodies.primary("chatops-prod", "available", "arn:aws:rds:us-west-2:123456789012:db:chatops-dr-replica"))));

        Observation o = observe(primary);

        assertThat(o.health()).isEqualTo(Health.UP);
        assertThat(o.role()).isEqualTo(ReplicationRole.PRIMARY);
        assertThat(o.lag()).isEmpty();
        assertThat(o.attributes()).containsEntry("state", "available").containsEntry("role", "primary")
                .containsEntry("readReplicas", "chatops-dr-replica").containsEntry("engine", "postgres 16.4")
                .containsEntry("class", "db.r6g.xlarge").containsEntry("multiAz", "yes");
        aws.server.verify(postRequestedFor(urlPathEqualTo("/")).withRequestBody(containing("DBInstanceIdentifier=chatops-prod")));
    }

    @Test
    void aReplicaReportsItsSourceAndTheReplicaLagCloudWatchHolds() throws Exception {
        aws.server.stubFor(query("DescribeDBInstances").willReturn(xml(200, RdsBodies.replica("chatops-dr-replica", "available", "replicating"))));
        aws.server.stubFor(query("GetMetricData").willReturn(xml(200, RdsBodies.lag("1.5"))));

        Observation o = observe(replica);

        assertThat(o.role()).isEqualTo(ReplicationRole.REPLICA);
        assertThat(o.lag()).contains(Duration.ofMillis(1500));
        assertThat(o.attributes()).containsEntry("replicaOf", "chatops-prod").containsEntry("lag", "1.5s")
                .containsEntry("link", "replicating").containsEntry("role", "replica");
        aws.server.verify(postRequestedFor(urlPathEqualTo("/")).withRequestBody(containing("Action=GetMetricData"))
                .withRequestBody(containing("MetricName=ReplicaLag")).withRequestBody(containing("Value=chatops-dr-replica")));
    }

    @Test
    void aBrokenReplicationLinkDegradesTheReplicaAndStillShowsIt() throws Exception {
        aws.server.stubFor(query("DescribeDBInstances").willReturn(xml(200, RdsBodies.replica("chatops-dr-replica", "available", "error"))));
        aws.server.stubFor(query("GetMetricData").willReturn(xml(200, RdsBodies.lag("-1"))));

        Observation o = observe(replica);

        assertThat(o.health()).isEqualTo(Health.DEGRADED);
        assertThat(o.attributes().get("link")).isEqualTo("error (Replication has stopped.)");
        assertThat(o.lag()).isEmpty();
        assertThat(o.attributes().get("lag")).startsWith("replication not running");
    }

    @Test
    void aLagCloudWatchCannotGiveIsSaidInWordsWithoutHidingTheInstance() throws Exception {
        aws.server.stubFor(query("DescribeDBInstances").willReturn(xml(200, RdsBodies.replica("chatops-dr-replica", "available", "replicating"))));
        aws.server.stubFor(query("GetMetricData").willReturn(xml(400, queryError("Throttling", "Rate exceeded"))));

        Observation o = observe(replica);

        assertThat(o.health()).isEqualTo(Health.UP);
        assertThat(o.lag()).isEmpty();
        assertThat(o.attributes().get("lag")).contains("unknown").contains("CloudWatch us-west-2").contains("Throttling");
    }

    @Test
    void statusesThatStopServiceMakeTheInstanceDown() throws Exception {
        aws.server.stubFor(query("DescribeDBInstances").willReturn(xml(200, RdsBodies.primary("chatops-prod", "storage-full"))));

        assertThat(observe(primary).health()).isEqualTo(Health.DOWN);
    }

    @Test
    void throttlingIsThrottled() {
        aws.server.stubFor(query("DescribeDBInstances").willReturn(xml(400, queryError("Throttling", "Rate exceeded"))));

        ProbeException e = refusal(replica);

        assertThat(e.failure()).isEqualTo(ProbeFailure.THROTTLED);
        assertThat(e.getMessage()).contains("RDS us-west-2").contains("Throttling").contains("Rate exceeded");
    }

    @Test
    void http429IsThrottled() {
        aws.server.stubFor(query("DescribeDBInstances").willReturn(xml(429, queryError("TooManyRequestsException", "Too Many Requests"))));

        assertThat(refusal(replica).failure()).isEqualTo(ProbeFailure.THROTTLED);
    }

    @Test
    void anExpiredTokenIsAnAuthFailure() {
        aws.server.stubFor(query("DescribeDBInstances").willReturn(xml(400, queryError("ExpiredToken",
                "The security token included in the request is expired"))));

        ProbeException e = refusal(replica);

        assertThat(e.failure()).isEqualTo(ProbeFailure.AUTH_FAILED);
        assertThat(e.getMessage()).contains("ExpiredToken").contains("expired");
    }

    @Test
    void anInvalidClientTokenIsAnAuthFailure() {
        aws.server.stubFor(query("DescribeDBInstances").willReturn(xml(403, queryError("InvalidClientTokenId",
                "The security token included in the request is invalid."))));

        ProbeException e = refusal(replica);

        assertThat(e.failure()).isEqualTo(ProbeFailure.AUTH_FAILED);
        assertThat(e.getMessage()).contains("InvalidClientTokenId").contains("HTTP 403");
    }

    @Test
    void aServiceUnavailableRegionIsUnreachable() {
        aws.server.stubFor(query("DescribeDBInstances").willReturn(xml(503, queryError("ServiceUnavailable",
                "Service is unavailable. Please try again later."))));

        ProbeException e = refusal(replica);

        assertThat(e.failure()).isEqualTo(ProbeFailure.UNREACHABLE);
        assertThat(e.getMessage()).contains("RDS us-west-2").contains("ServiceUnavailable").contains("HTTP 503");
    }

    @Test
    void anInternalFailureIsAnErrorInTheProvidersWords() {
        aws.server.stubFor(query("DescribeDBInstances").willReturn(xml(500, queryError("InternalFailure",
                "The request processing has failed because of an unknown error."))));

        ProbeException e = refusal(replica);

        assertThat(e.failure()).isEqualTo(ProbeFailure.ERROR);
        assertThat(e.getMessage()).contains("InternalFailure").contains("unknown error");
    }

    @Test
    void anInstanceThatDoesNotExistIsAnErrorNamingIt() {
        aws.server.stubFor(query("DescribeDBInstances").willReturn(xml(404, queryError("DBInstanceNotFound",
                "DBInstance chatops-dr-replica not found."))));

        ProbeException e = refusal(replica);

        assertThat(e.failure()).isEqualTo(ProbeFailure.ERROR);
        assertThat(e.getMessage()).contains("DBInstanceNotFound").contains("chatops-dr-replica");
    }

    @Test
    void anAnswerSlowerThanTheCallTimeoutIsATimeout() throws Exception {
        aws.server.stubFor(query("DescribeDBInstances").willReturn(xml(200, RdsBodies.primary("chatops-prod", "available"))));
        assertThat(observe(primary).health()).as("warm-up, so class loading does not count against the short timeout").isEqualTo(Health.UP);
        aws.server.stubFor(query("DescribeDBInstances").willReturn(xml(200, RdsBodies.primary("chatops-prod", "available"))
                .withFixedDelay(6000)));
        try (AwsConnector quick = aws.connector(Map.of(AwsSettings.TIMEOUT, "2s"))) {
            ProbeException e = catchThrowableOfType(ProbeException.class, () -> quick.probes().get("aws-rds").observe(primary));

            assertThat(e.failure()).isEqualTo(ProbeFailure.TIMEOUT);
            assertThat(e.getMessage()).contains("RDS us-east-1").contains("no answer within 2s");
        }
    }

    @Test
    void aClosedPortIsUnreachable() throws Exception {
        int closed;
        try (ServerSocket s = new ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        try (AwsConnector nowhere = aws.connector(Map.of(AwsSettings.ENDPOINT, "http://127.0.0.1:" + closed))) {
            ProbeException e = catchThrowableOfType(ProbeException.class, () -> nowhere.probes().get("aws-rds").observe(primary));

            assertThat(e.failure()).isEqualTo(ProbeFailure.UNREACHABLE);
            assertThat(e.getMessage()).contains("connection refused").contains("127.0.0.1:" + closed);
        }
    }

    @Test
    void aResourceWithoutItsInstanceSaysWhichKeyIsMissing() {
        Resource incomplete = AwsStandIn.resource("rds-x", "aws-rds", Map.of("region", "us-west-2"));

        ProbeException e = refusal(incomplete);

        assertThat(e.failure()).isEqualTo(ProbeFailure.ERROR);
        assertThat(e.getMessage()).isEqualTo("aws-rds resource 'rds-x' needs observe.instance");
        assertThat(aws.server.getAllServeEvents()).isEmpty();
    }
}

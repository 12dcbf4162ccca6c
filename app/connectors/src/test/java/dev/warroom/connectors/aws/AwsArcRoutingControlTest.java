package dev.warroom.connectors.aws;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static dev.warroom.connectors.aws.AwsStandIn.json;
import static dev.warroom.connectors.aws.AwsStandIn.target;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.warroom.connectors.ActionKey;
import dev.warroom.core.plan.model.Resource;
import dev.warroom.core.world.ActionExecutor;
import dev.warroom.core.world.ActionPreview;
import dev.warroom.core.world.ActionResult;
import dev.warroom.core.world.Observation;
import dev.warroom.core.world.ProbeException;
import dev.warroom.core.world.ProbeFailure;
import dev.warroom.core.world.Reach;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The cluster endpoints come from the plan here (no WARROOM_AWS_ENDPOINT): the first is a closed port, the second the stand-in. */
class AwsArcRoutingControlTest extends OnTheAwsStandIn {

    private static final String ARN = "arn:aws:route53-recovery-control::123456789012:controlpanel/0a1b2c3d4e5f4a6b8c9d0e1f2a3b4c5d"
            + "/routingcontrol/6f5e4d3c2b1a0f9e";

    private static int closedPort;
    private Resource control;

    @BeforeAll
    static void findAClosedPort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
    }

    @Override
    AwsConnector connector() {
        return new AwsConnector(AwsSettings.from(dev.warroom.connectors.ConnectorSettings.of(Map.of(
                AwsSettings.TIMEOUT, "5s", AwsSettings.POLL, "50ms"))), java.time.Clock.systemUTC());
    }

    @BeforeEach
    void control() {
        control = AwsStandIn.resource("arc-east", "route53-arc-control", Map.of("routingControlArn", ARN, "region", "us-west-2",
                "clusterEndpoints", "http://127.0.0.1:" + closedPort + "/v1, " + aws.endpoint() + "/v1"));
    }

    private ActionExecutor set() {
        return connector.executors().get(ActionKey.of("routing-control.set", "route53-arc-control"));
    }

    @Test
    void theStateIsReadThroughTheFirstEndpointThatAnswers() throws Exception {
        aws.server.stubFor(target("ToggleCustomerAPI.GetRoutingControlState").willReturn(json(200,
                AwsStandIn.fill("arc/get-routing-control-state.json", Map.of("state", "On")))));

        Observation o = connector.probes().get("route53-arc-control").observe(control);

        assertThat(o.attributes()).containsEntry("state", "On").containsEntry("name", "chatops-us-east-1-cell")
                .containsEntry("endpoint", aws.endpoint() + "/v1");
        aws.server.verify(postRequestedFor(urlPathMatching("/v1/?")).withRequestBody(equalToJson("{\"RoutingControlArn\":\"" + ARN + "\"}")));
    }

    @Test
    void whenNoEndpointAnswersEachIsNamed() {
        Resource dark = AwsStandIn.resource("arc-east", "route53-arc-control", Map.of("routingControlArn", ARN,
                "clusterEndpoints", "http://127.0.0.1:" + closedPort + "/v1"));

        ProbeException e = catchThrowableOfType(ProbeException.class, () -> connector.probes().get("route53-arc-control").observe(dark));

        assertThat(e.failure()).isEqualTo(ProbeFailure.UNREACHABLE);
        assertThat(e.getMessage()).startsWith("no cluster endpoint answered").contains("127.0.0.1:" + closedPort);
    }

    @Test
    void settingTheControlOffSendsTheCallAndSaysWhichEndpointTookIt() throws Exception {
        aws.server.stubFor(target("ToggleCustomerAPI.UpdateRoutingControlState").willReturn(json(200, "{}")));

        ActionResult result = set().execute(AwsStandIn.request("routing-control.set", control, Map.of("state", "off"), Duration.ofMinutes(1)));

        assertThat(result.succeeded()).as(result.detail()).isTrue();
        assertThat(result.outputs()).containsEntry("state", "Off").containsEntry("endpoint", aws.endpoint() + "/v1");
        aws.server.verify(exactly(1), postRequestedFor(urlPathMatching("/v1/?"))
                .withHeader("X-Amz-Target", equalTo("ToggleCustomerAPI.UpdateRoutingControlState"))
                .withRequestBody(equalToJson("{\"RoutingControlArn\":\"" + ARN + "\",\"RoutingControlState\":\"Off\"}")));
    }

    @Test
    void aSafetyRuleRefusalIsReportedAndNotTriedElsewhere() throws Exception {
        aws.server.stubFor(target("ToggleCustomerAPI.UpdateRoutingControlState").willReturn(AwsStandIn.jsonError(409,
                "ConflictException", "Cannot update routing control state because it violates safety rule at-least-one-cell-on")));

        ActionResult result = set().execute(AwsStandIn.request("routing-control.set", control, Map.of("state", "Off"), Duration.ofMinutes(1)));

        assertThat(result.succeeded()).isFalse();
        assertThat(result.detail()).contains("ConflictException").contains("violates safety rule");
    }

    @Test
    void thePreviewShowsTheCallTheEndpointsAndThatLoopbackIsADrill() {
        ActionPreview preview = set().preview(AwsStandIn.request("routing-control.set", control, Map.of("state", "On"), Duration.ofMinutes(1)));

        assertThat(preview.call()).contains("route53-recovery-cluster:UpdateRoutingControlState RoutingControlArn=" + ARN
                + " RoutingControlState=On").contains("--endpoint-url http://127.0.0.1:" + closedPort + "/v1");
        assertThat(preview.reach()).isEqualTo(Reach.DRILL_ENVIRONMENT);
        assertThat(aws.server.getAllServeEvents()).isEmpty();
    }

    @Test
    void realClusterEndpointsAreLiveAndSignedForTheirRegion() {
        Resource real = AwsStandIn.resource("arc-east", "route53-arc-control", Map.of("routingControlArn", ARN,
                "clusterEndpoints", "https://host-dzfb123.us-west-2.example.aws/v1,https://host-abc456.ap-northeast-1.example.aws/v1"));
        var request = AwsStandIn.request("routing-control.set", real, Map.of("state", "On"), Duration.ofMinutes(1));

        assertThat(set().reach(request)).isEqualTo(Reach.LIVE);
        assertThat(set().preview(request).call()).contains("--endpoint-url https://host-dzfb123.us-west-2.example.aws/v1 --region us-west-2");
    }

    @Test
    void aStateOtherThanOnOrOffIsRefused() throws Exception {
        ActionResult result = set().execute(AwsStandIn.request("routing-control.set", control, Map.of("state", "enabled"), Duration.ofMinutes(1)));

        assertThat(result.succeeded()).isFalse();
        assertThat(result.detail()).isEqualTo("routing-control.set: state must be On or Off, not 'enabled'");
        assertThat(aws.server.getAllServeEvents()).isEmpty();
    }
}

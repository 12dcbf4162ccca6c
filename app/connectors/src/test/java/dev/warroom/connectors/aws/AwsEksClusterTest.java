package dev.warroom.connectors.aws;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import dev.warroom.core.plan.model.Resource;
import dev.warroom.core.world.Health;
import dev.warroom.core.world.Observation;
import dev.warroom.core.world.ProbeException;
import dev.warroom.core.world.ProbeFailure;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AwsEksClusterTest extends OnTheAwsStandIn {


    private final Resource cluster = AwsStandIn.resource("eks-chatops-prod", "eks-cluster",
            Map.of("region", "us-east-1", "name", "chatops-prod", "context", "arn:aws:eks:us-east-1:123456789012:cluster/chatops-prod"));

    private static ResponseDefinitionBuilder restJson(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
    }

    private void eks(String clusterStatus, String clusterIssues, String workersStatus, String workersIssues) {
        aws.server.stubFor(get(urlPathEqualTo("/clusters/chatops-prod")).willReturn(restJson(
                AwsStandIn.fill("eks/describe-cluster.json", Map.of("status", clusterStatus, "issues", clusterIssues)))));
        aws.server.stubFor(get(urlPathEqualTo("/clusters/chatops-prod/node-groups")).willReturn(restJson(
                AwsStandIn.body("eks/list-nodegroups.json"))));
        aws.server.stubFor(get(urlPathEqualTo("/clusters/chatops-prod/node-groups/ng-general")).willReturn(restJson(
                AwsStandIn.fill("eks/describe-nodegroup.json", Map.of("name", "ng-general", "status", "ACTIVE", "desired", "3")))));
        aws.server.stubFor(get(urlPathEqualTo("/clusters/chatops-prod/node-groups/ng-workers")).willReturn(restJson(
                AwsStandIn.fill("eks/describe-nodegroup.json", Map.of("name", "ng-workers", "status", workersStatus, "desired", "1",
                        "issues", workersIssues)))));
    }

    private Observation observe() throws ProbeException {
        return connector.probes().get("eks-cluster").observe(cluster);
    }

    @Test
    void anActiveClusterReportsItsVersionAndNodeGroups() throws Exception {
        eks("ACTIVE", "", "ACTIVE", "");

        Observation o = observe();

        assertThat(o.health()).isEqualTo(Health.UP);
        assertThat(o.attributes()).containsEntry("state", "ACTIVE").containsEntry("version", "1.29")
                .containsEntry("nodegroups", "ng-general ACTIVE, 3 nodes; ng-workers ACTIVE, 1 node")
                .containsEntry("issues", "none").containsEntry("name", "chatops-prod")
                .containsEntry("context", "arn:aws:eks:us-east-1:123456789012:cluster/chatops-prod");
    }

    @Test
    void aDegradedNodeGroupDegradesTheClusterAndSaysWhy() throws Exception {
        eks("ACTIVE", "", "DEGRADED", "{\"code\":\"AsgInstanceLaunchFailures\",\"message\":\"Could not launch On-Demand Instances. "
                + "InsufficientInstanceCapacity - We currently do not have sufficient m6i.xlarge capacity in us-east-1a.\","
                + "\"resourceIds\":[\"eks-ng-workers-6ec5a1b2\"]}");

        Observation o = observe();

        assertThat(o.health()).isEqualTo(Health.DEGRADED);
        assertThat(o.attributes().get("issues")).startsWith("ng-workers AsgInstanceLaunchFailures: Could not launch On-Demand Instances");
    }

    @Test
    void aFailedControlPlaneIsDown() throws Exception {
        eks("FAILED", "{\"code\":\"Ec2SubnetNotFound\",\"message\":\"One or more subnets were not found.\"}", "ACTIVE", "");

        Observation o = observe();

        assertThat(o.health()).isEqualTo(Health.DOWN);
        assertThat(o.attributes().get("issues")).isEqualTo("Ec2SubnetNotFound: One or more subnets were not found.");
    }

    @Test
    void aMissingClusterIsAnErrorAndThrottlingIsThrottled() {
        aws.server.stubFor(get(urlPathEqualTo("/clusters/chatops-prod")).willReturn(AwsStandIn.jsonError(404,
                "ResourceNotFoundException", "No cluster found for name: chatops-prod.")));
        ProbeException missing = catchThrowableOfType(ProbeException.class, this::observe);
        aws.server.stubFor(get(urlPathEqualTo("/clusters/chatops-prod")).willReturn(AwsStandIn.jsonError(429,
                "ThrottlingException", "Rate exceeded")));
        ProbeException throttled = catchThrowableOfType(ProbeException.class, this::observe);

        assertThat(missing.failure()).isEqualTo(ProbeFailure.ERROR);
        assertThat(missing.getMessage()).contains("EKS us-east-1").contains("ResourceNotFoundException").contains("No cluster found");
        assertThat(throttled.failure()).isEqualTo(ProbeFailure.THROTTLED);
    }
}

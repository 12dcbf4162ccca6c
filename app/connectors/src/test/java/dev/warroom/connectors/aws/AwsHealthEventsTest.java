package dev.warroom.connectors.aws;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.warroom.connectors.aws.AwsStandIn.json;
import static dev.warroom.connectors.aws.AwsStandIn.target;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.warroom.core.plan.model.Resource;
import dev.warroom.core.world.Health;
import dev.warroom.core.world.Observation;
import dev.warroom.core.world.ProbeException;
import dev.warroom.core.world.ProbeFailure;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AwsHealthEventsTest extends OnTheAwsStandIn {

    private static final String DESCRIBE_EVENTS = "AWSHealth_20160804.DescribeEvents";


    private final Resource health = AwsStandIn.resource("aws-health-us-east-1", "aws-health",
            Map.of("region", "us-east-1", "services", "EKS,RDS,ELASTICACHE,ROUTE53"));

    private static String events(String... events) {
        return AwsStandIn.fill("health/describe-events.json", Map.of("events", String.join(",", events)));
    }

    private static String rdsEvent(String category) {
        return AwsStandIn.fill("health/rds-issue.json", Map.of("category", category));
    }

    private Observation observe() throws ProbeException {
        return connector.probes().get("aws-health").observe(health);
    }

    @Test
    void anOpenIssueMakesTheRegionDownAndIsSaidInWords() throws Exception {
        aws.server.stubFor(target(DESCRIBE_EVENTS).willReturn(json(200, events(rdsEvent("issue")))));

        Observation o = observe();

        assertThat(o.health()).isEqualTo(Health.DOWN);
        assertThat(o.attributes()).containsEntry("events", "RDS issue in us-east-1 since 2025-01-15T10:02:00Z (AWS_RDS_OPERATIONAL_ISSUE)")
                .containsEntry("openEvents", "1");
        aws.server.verify(postRequestedFor(urlPathEqualTo("/")).withRequestBody(equalToJson("{\"filter\":{"
                + "\"services\":[\"EKS\",\"RDS\",\"ELASTICACHE\",\"ROUTE53\"],\"regions\":[\"us-east-1\",\"global\"],"
                + "\"eventTypeCategories\":[\"issue\",\"investigation\"],\"eventStatusCodes\":[\"open\"]},\"maxResults\":10}")));
    }

    @Test
    void anOpenInvestigationDegradesAndNoEventsIsUp() throws Exception {
        aws.server.stubFor(target(DESCRIBE_EVENTS).willReturn(json(200, events(rdsEvent("investigation")))));
        Observation investigating = observe();
        aws.server.stubFor(target(DESCRIBE_EVENTS).willReturn(json(200, events())));
        Observation quiet = observe();

        assertThat(investigating.health()).isEqualTo(Health.DEGRADED);
        assertThat(quiet.health()).isEqualTo(Health.UP);
        assertThat(quiet.attributes()).containsEntry("events", "none").containsEntry("openEvents", "0");
    }

    @Test
    void anAccountWithoutTheSupportPlanIsToldWhatItNeeds() {
        aws.server.stubFor(target(DESCRIBE_EVENTS).willReturn(AwsStandIn.jsonError(400, "SubscriptionRequiredException",
                "AWS Premium Support Subscription is required to use this service.")));

        ProbeException e = catchThrowableOfType(ProbeException.class, this::observe);

        assertThat(e.failure()).isEqualTo(ProbeFailure.ERROR);
        assertThat(e.getMessage()).contains("AWS Health us-east-1").contains("SubscriptionRequiredException")
                .contains("needs a Business, Enterprise On-Ramp or Enterprise support plan");
    }

    @Test
    void anUnrecognizedClientIsAnAuthFailureAndThrottlingIsThrottled() {
        aws.server.stubFor(target(DESCRIBE_EVENTS).willReturn(AwsStandIn.jsonError(400, "UnrecognizedClientException",
                "The security token included in the request is invalid.")));
        ProbeException refused = catchThrowableOfType(ProbeException.class, this::observe);
        aws.server.stubFor(target(DESCRIBE_EVENTS).willReturn(AwsStandIn.jsonError(400, "ThrottlingException", "Rate exceeded")));
        ProbeException throttled = catchThrowableOfType(ProbeException.class, this::observe);

        assertThat(refused.failure()).isEqualTo(ProbeFailure.AUTH_FAILED);
        assertThat(throttled.failure()).isEqualTo(ProbeFailure.THROTTLED);
    }
}

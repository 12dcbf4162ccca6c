package dev.warroom.connectors.aws;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static dev.warroom.connectors.aws.AwsStandIn.xml;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.warroom.connectors.ActionKey;
import dev.warroom.core.plan.model.Resource;
import dev.warroom.core.world.ActionExecutor;
import dev.warroom.core.world.ActionPreview;
import dev.warroom.core.world.ActionResult;
import dev.warroom.core.world.Health;
import dev.warroom.core.world.Observation;
import dev.warroom.core.world.ProbeException;
import dev.warroom.core.world.ProbeFailure;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AwsRoute53Test extends OnTheAwsStandIn {

    private static final String ZONE_ID = "Z04567891ABCDEFGHIJK";
    private static final String RRSET = "/2013-04-01/hostedzone/" + ZONE_ID + "/rrset";
    private static final String CHANGE = "/2013-04-01/change/C2682N5HXP0BZ4";


    private final Resource record = AwsStandIn.resource("api-dns", "route53-record",
            Map.of("zone", "chatops.example.com", "name", "api.chatops.example.com", "type", "CNAME"));

    @BeforeEach
    void stubZones() {
        aws.server.stubFor(get(urlPathEqualTo("/2013-04-01/hostedzonesbyname"))
                .willReturn(xml(200, AwsStandIn.body("route53/list-hosted-zones-by-name.xml"))));
    }

    private static String cname(String value, String ttl) {
        return AwsStandIn.fill("route53/list-resource-record-sets.xml",
                Map.of("sets", AwsStandIn.fill("route53/cname-set.xml", Map.of("value", value, "ttl", ttl))));
    }

    private void records(String body) {
        aws.server.stubFor(get(urlPathEqualTo(RRSET)).willReturn(xml(200, body)));
    }

    private Observation observe(Resource r) throws ProbeException {
        return connector.probes().get("route53-record").observe(r);
    }

    private ActionExecutor update() {
        return connector.executors().get(ActionKey.of("dns.update", "route53-record"));
    }

    @Test
    void aRecordIsFoundThroughItsPublicZoneAndReportsTargetAndTtl() throws Exception {
        records(cname("api-primary.chatops.example.com", "60"));

        Observation first = observe(record);
        observe(record);

        assertThat(first.health()).isEqualTo(Health.UP);
        assertThat(first.attributes()).containsEntry("target", "api-primary.chatops.example.com").containsEntry("ttl", "1m")
                .containsEntry("type", "CNAME").containsEntry("zone", "chatops.example.com").containsEntry("zoneId", ZONE_ID)
                .doesNotContainKey("routing");
        aws.server.verify(exactly(1), getRequestedFor(urlPathEqualTo("/2013-04-01/hostedzonesbyname"))
                .withQueryParam("dnsname", equalTo("chatops.example.com")));
        aws.server.verify(exactly(2), getRequestedFor(urlPathEqualTo(RRSET))
                .withQueryParam("name", equalTo("api.chatops.example.com")).withQueryParam("type", equalTo("CNAME")));
    }

    @Test
    void aZoneIdInThePlanSkipsTheZoneLookupAndARelativeNameGetsTheZone() throws Exception {
        Resource byId = AwsStandIn.resource("api-dns", "route53-record", Map.of("zone", "chatops.example.com", "zoneId",
                "/hostedzone/" + ZONE_ID, "name", "api"));
        records(cname("api-primary.chatops.example.com.", "300"));

        Observation o = observe(byId);

        assertThat(o.attributes()).containsEntry("target", "api-primary.chatops.example.com").containsEntry("ttl", "5m");
        aws.server.verify(exactly(0), getRequestedFor(urlPathEqualTo("/2013-04-01/hostedzonesbyname")));
    }

    @Test
    void weightedRecordsShowEverySetAndItsWeight() throws Exception {
        records(AwsStandIn.fill("route53/list-resource-record-sets.xml", Map.of("sets", AwsStandIn.body("route53/weighted-sets.xml"))));

        Observation o = observe(record);

        assertThat(o.attributes()).containsEntry("target", "api-primary.chatops.example.com")
                .containsEntry("routing", "us-east-1 (weight 100) → api-primary.chatops.example.com; "
                        + "us-west-2 (weight 0) → api-dr.chatops.example.com");
    }

    @Test
    void aMissingRecordIsAnErrorNamingTheZone() {
        records(AwsStandIn.fill("route53/list-resource-record-sets.xml", Map.of()));

        ProbeException e = catchThrowableOfType(ProbeException.class, () -> observe(record));

        assertThat(e.failure()).isEqualTo(ProbeFailure.ERROR);
        assertThat(e.getMessage()).contains("chatops.example.com (" + ZONE_ID + ") has no CNAME record named api.chatops.example.com");
    }

    @Test
    void route53ThrottlingIsThrottledAndADeniedCallIsAnAuthFailure() {
        aws.server.stubFor(get(urlPathEqualTo(RRSET)).willReturn(xml(400, AwsStandIn.route53Error("Throttling", "Rate exceeded"))));
        ProbeException throttled = catchThrowableOfType(ProbeException.class, () -> observe(record));
        aws.server.stubFor(get(urlPathEqualTo(RRSET)).willReturn(xml(403, AwsStandIn.route53Error("AccessDenied",
                "User: arn:aws:sts::123456789012:assumed-role/dr-readonly/alice is not authorized to perform: route53:ListResourceRecordSets"))));
        ProbeException denied = catchThrowableOfType(ProbeException.class, () -> observe(record));

        assertThat(throttled.failure()).isEqualTo(ProbeFailure.THROTTLED);
        assertThat(throttled.getMessage()).contains("Route 53").contains("Rate exceeded");
        assertThat(denied.failure()).isEqualTo(ProbeFailure.AUTH_FAILED);
        assertThat(denied.getMessage()).contains("AccessDenied").contains("not authorized");
    }

    @Test
    void theUpdatePreviewShowsTheOldAndNewValueTheTtlAndTheExactCall() throws Exception {
        records(cname("api-primary.chatops.example.com", "60"));
        observe(record);
        int callsBefore = aws.server.getAllServeEvents().size();

        ActionPreview preview = update().preview(AwsStandIn.request("dns.update", record,
                Map.of("value", "api-dr.chatops.example.com"), Duration.ofMinutes(5)));

        assertThat(preview.summary()).isEqualTo("Point api.chatops.example.com at api-dr.chatops.example.com");
        assertThat(preview.call()).contains("route53:ChangeResourceRecordSets HostedZoneId=" + ZONE_ID
                        + " UPSERT api.chatops.example.com CNAME TTL=60 → api-dr.chatops.example.com")
                .contains("aws route53 change-resource-record-sets --hosted-zone-id " + ZONE_ID + " --change-batch "
                        + "'{\"Comment\":\"WarRoom dns.update\",\"Changes\":[{\"Action\":\"UPSERT\",\"ResourceRecordSet\":"
                        + "{\"Name\":\"api.chatops.example.com\",\"Type\":\"CNAME\",\"TTL\":60,\"ResourceRecords\":"
                        + "[{\"Value\":\"api-dr.chatops.example.com\"}]}}]}'");
        assertThat(preview.changes()).contains("api.chatops.example.com CNAME: api-primary.chatops.example.com → api-dr.chatops.example.com")
                .anyMatch(c -> c.contains("for up to 1m (the old TTL)"));
        assertThat(aws.server.getAllServeEvents()).hasSize(callsBefore);
    }

    @Test
    void anUpsertIsFollowedFromPendingToInsync() throws Exception {
        records(cname("api-primary.chatops.example.com", "60"));
        aws.server.stubFor(post(urlPathMatching(RRSET + "/?"))
                .willReturn(xml(200, AwsStandIn.body("route53/change-resource-record-sets.xml"))));
        aws.server.stubFor(get(urlPathEqualTo(CHANGE)).inScenario("change").whenScenarioStateIs(STARTED)
                .willReturn(xml(200, AwsStandIn.fill("route53/get-change.xml", Map.of("status", "PENDING")))).willSetStateTo("pending"));
        aws.server.stubFor(get(urlPathEqualTo(CHANGE)).inScenario("change").whenScenarioStateIs("pending")
                .willReturn(xml(200, AwsStandIn.fill("route53/get-change.xml", Map.of("status", "PENDING")))).willSetStateTo("synced"));
        aws.server.stubFor(get(urlPathEqualTo(CHANGE)).inScenario("change").whenScenarioStateIs("synced")
                .willReturn(xml(200, AwsStandIn.fill("route53/get-change.xml", Map.of("status", "INSYNC")))));

        ActionResult result = update().execute(AwsStandIn.request("dns.update", record,
                Map.of("value", "api-dr.chatops.example.com", "ttl", "30s"), Duration.ofMinutes(1)));

        assertThat(result.succeeded()).as(result.detail()).isTrue();
        assertThat(result.detail()).startsWith("api.chatops.example.com CNAME now api-dr.chatops.example.com (TTL 30s), INSYNC after")
                .endsWith("resolvers that cached api-primary.chatops.example.com follow within 1m");
        assertThat(result.outputs()).containsEntry("status", "INSYNC").containsEntry("changeId", "C2682N5HXP0BZ4")
                .containsEntry("previous", "api-primary.chatops.example.com").containsEntry("ttl", "30s");
        aws.server.verify(exactly(1), postRequestedFor(urlPathMatching(RRSET + "/?"))
                .withRequestBody(containing("<Action>UPSERT</Action>"))
                .withRequestBody(containing("<Name>api.chatops.example.com</Name>"))
                .withRequestBody(containing("<Type>CNAME</Type>")).withRequestBody(containing("<TTL>30</TTL>"))
                .withRequestBody(containing("<Value>api-dr.chatops.example.com</Value>")));
        aws.server.verify(exactly(3), getRequestedFor(urlPathEqualTo(CHANGE)));
    }

    @Test
    void withoutATtlParamTheRecordKeepsItsTtl() throws Exception {
        records(cname("api-primary.chatops.example.com", "120"));
        aws.server.stubFor(post(urlPathMatching(RRSET + "/?"))
                .willReturn(xml(200, AwsStandIn.body("route53/change-resource-record-sets.xml"))));
        aws.server.stubFor(get(urlPathEqualTo(CHANGE)).willReturn(xml(200, AwsStandIn.fill("route53/get-change.xml", Map.of("status", "INSYNC")))));

        ActionResult result = update().execute(AwsStandIn.request("dns.update", record,
                Map.of("value", "api-dr.chatops.example.com"), Duration.ofMinutes(1)));

        assertThat(result.succeeded()).as(result.detail()).isTrue();
        aws.server.verify(postRequestedFor(urlPathMatching(RRSET + "/?")).withRequestBody(containing("<TTL>120</TTL>")));
    }

    @Test
    void aChangeStillPendingWhenTheTimeoutRunsOutIsReported() throws Exception {
        records(cname("api-primary.chatops.example.com", "60"));
        aws.server.stubFor(post(urlPathMatching(RRSET + "/?"))
                .willReturn(xml(200, AwsStandIn.body("route53/change-resource-record-sets.xml"))));
        aws.server.stubFor(get(urlPathEqualTo(CHANGE)).willReturn(xml(200, AwsStandIn.fill("route53/get-change.xml", Map.of("status", "PENDING")))));

        ActionResult result = update().execute(AwsStandIn.request("dns.update", record,
                Map.of("value", "api-dr.chatops.example.com"), Duration.ofSeconds(1)));

        assertThat(result.succeeded()).isFalse();
        assertThat(result.detail()).contains("Route 53 accepted change C2682N5HXP0BZ4").contains("still PENDING after 1s")
                .contains("aws route53 get-change --id C2682N5HXP0BZ4");
    }

    @Test
    void aRecordWithARoutingPolicyIsNotChanged() throws Exception {
        records(AwsStandIn.fill("route53/list-resource-record-sets.xml", Map.of("sets", AwsStandIn.body("route53/weighted-sets.xml"))));

        ActionResult result = update().execute(AwsStandIn.request("dns.update", record,
                Map.of("value", "api-dr.chatops.example.com"), Duration.ofMinutes(1)));

        assertThat(result.succeeded()).isFalse();
        assertThat(result.detail()).contains("routing policy (set identifiers us-east-1, us-west-2)");
        aws.server.verify(exactly(0), postRequestedFor(urlPathMatching(RRSET + "/?")));
    }

    @Test
    void aTtlWithoutAUnitIsRefusedBeforeAnythingIsCalled() throws Exception {
        var request = AwsStandIn.request("dns.update", record, Map.of("value", "api-dr.chatops.example.com", "ttl", "1.5"),
                Duration.ofMinutes(1));

        ActionPreview preview = update().preview(request);
        ActionResult result = update().execute(request);

        assertThat(preview.summary()).contains("ttl duration '1.5' has no unit");
        assertThat(result.succeeded()).isFalse();
        assertThat(result.detail()).contains("ttl duration '1.5' has no unit");
        aws.server.verify(exactly(0), postRequestedFor(urlPathMatching(RRSET + "/?")));
    }

    @Test
    void aHealthCheckIsHealthyWhileMoreThanEighteenPercentOfCheckersSucceed() throws Exception {
        Resource check = AwsStandIn.resource("api-check", "route53-health-check", Map.of("healthCheckId", "0f5d3c1e-7a2b-4c8d-9e6f-1a2b3c4d5e6f"));
        aws.server.stubFor(get(urlPathEqualTo("/2013-04-01/healthcheck/0f5d3c1e-7a2b-4c8d-9e6f-1a2b3c4d5e6f/status"))
                .willReturn(xml(200, checkers(14, 2))));

        Observation o = connector.probes().get("route53-health-check").observe(check);

        assertThat(o.health()).isEqualTo(Health.UP);
        assertThat(o.attributes()).containsEntry("status", "Healthy").containsEntry("checkers", "14/16 healthy");
        assertThat(o.attributes().get("events")).contains("Failure: Connection timed out");
    }

    @Test
    void aHealthCheckMostCheckersFailIsDown() throws Exception {
        Resource check = AwsStandIn.resource("api-check", "route53-health-check", Map.of("healthCheckId", "0f5d3c1e-7a2b-4c8d-9e6f-1a2b3c4d5e6f"));
        aws.server.stubFor(get(urlPathEqualTo("/2013-04-01/healthcheck/0f5d3c1e-7a2b-4c8d-9e6f-1a2b3c4d5e6f/status"))
                .willReturn(xml(200, checkers(2, 14))));

        Observation o = connector.probes().get("route53-health-check").observe(check);

        assertThat(o.health()).isEqualTo(Health.DOWN);
        assertThat(o.attributes()).containsEntry("status", "Unhealthy").containsEntry("checkers", "2/16 healthy");
        assertThat(o.attributes().get("events")).endsWith("and 11 more");
    }

    private static String checkers(int healthy, int failing) {
        String[] regions = {"us-east-1", "us-west-1", "us-west-2", "eu-west-1", "ap-southeast-1", "ap-southeast-2", "ap-northeast-1",
            "sa-east-1"};
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < healthy + failing; i++) {
            String status = i < healthy ? "Success: HTTP Status Code 200, OK"
                    : "Failure: Connection timed out. The endpoint or the internet connection is down, or requests are being blocked.";
            out.append("<HealthCheckObservation><Region>").append(regions[i % regions.length]).append("</Region><IPAddress>15.177.")
                    .append(i).append(".1</IPAddress><StatusReport><Status>").append(status)
                    .append("</Status><CheckedTime>2025-01-15T10:05:0").append(i % 10).append(".000Z</CheckedTime></StatusReport>")
                    .append("</HealthCheckObservation>");
        }
        return AwsStandIn.fill("route53/get-health-check-status.xml", Map.of("observations", out.toString()));
    }
}

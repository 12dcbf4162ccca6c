package dev.warroom.connectors.azure;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import dev.warroom.core.plan.model.Resource;
import dev.warroom.core.world.Health;
import dev.warroom.core.world.Observation;
import dev.warroom.core.world.Probe;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AzureServiceHealthTest {

    private static final String EVENTS = "/subscriptions/" + AzureStub.SUBSCRIPTION + "/providers/Microsoft.ResourceHealth/events";

    private AzureStub stub;
    private Probe probe;

    @BeforeEach
    void start() {
        stub = AzureStub.start();
        probe = stub.connector().probes().get("azure-service-health");
        stub.server.stubFor(get(urlPathEqualTo(EVENTS)).withQueryParam("api-version", equalTo("2022-10-01"))
                .withQueryParam("$skiptoken", absent()).willReturn(okJson(stub.body("health-events.json"))));
        stub.server.stubFor(get(urlPathEqualTo(EVENTS)).withQueryParam("$skiptoken", equalTo("page2"))
                .willReturn(okJson(stub.body("health-events-page2.json"))));
    }

    @AfterEach
    void stop() {
        stub.close();
    }

    @Test
    void anActiveServiceIssueAtLevelErrorTakesItsRegionDown() throws Exception {
        Observation seen = probe.observe(region("westeurope"));

        assertThat(seen.health()).isEqualTo(Health.DOWN);
        assertThat(seen.attributes()).containsEntry("events", "service issue VT2L-7Z8 (Error): Connectivity issues in West Europe:"
                + " Azure Kubernetes Service, Azure Database for PostgreSQL flexible servers in West Europe since 2025-05-20T09:41:00Z");
        stub.server.verify(getRequestedFor(urlPathEqualTo(EVENTS)).withHeader("Authorization", equalTo("Bearer test-token-not-a-secret")));
    }

    @Test
    void resolvedIssuesAreIgnoredAndOpenMaintenanceOnALaterPageDegradesTheRegion() throws Exception {
        Observation seen = probe.observe(region("eastus"));

        assertThat(seen.health()).isEqualTo(Health.DEGRADED);
        assertThat(seen.attributes()).containsEntry("events", "planned maintenance PM-4Q1 (Informational): Planned maintenance for"
                + " Azure Cache for Redis: Redis Cache in East US since 2025-05-20T22:00:00Z");
    }

    @Test
    void aRegionWithNoOpenEventIsUp() throws Exception {
        Observation seen = probe.observe(region("southeastasia"));

        assertThat(seen.health()).isEqualTo(Health.UP);
        assertThat(seen.attributes()).containsEntry("events", "none").containsEntry("region", "southeastasia");
    }

    private static Resource region(String region) {
        return AzureStub.resource("health-" + region, "azure-service-health", Map.of("region", region));
    }
}

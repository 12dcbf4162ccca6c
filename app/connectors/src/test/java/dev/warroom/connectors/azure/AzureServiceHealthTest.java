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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AzureServiceHealthTest extends OnTheAzureStub {

    private static final String EVENTS = "/subscriptions/" + AzureStub.SUBSCRIPTION + "/providers/Microsoft.ResourceHealth/events";
    private static final String RESOURCES = "/subscriptions/" + AzureStub.SUBSCRIPTION
            + "/providers/Microsoft.ResourceHealth/availabilityStatuses";

    private Probe probe;

    @BeforeEach
    void probe() {
        probe = azure.probes().get("azure-service-health");
        stub.server.stubFor(get(urlPathEqualTo(EVENTS)).withQueryParam("api-version", equalTo("2022-10-01"))
                .withQueryParam("$skiptoken", absent()).willReturn(okJson(stub.body("health-events.json"))));
        stub.server.stubFor(get(urlPathEqualTo(EVENTS)).withQueryParam("$skiptoken", equalTo("page2"))
                .willReturn(okJson(stub.body("health-events-page2.json"))));
        stub.server.stubFor(get(urlPathEqualTo(RESOURCES)).withQueryParam("api-version", equalTo("2022-10-01"))
                .withQueryParam("$skiptoken", absent()).willReturn(okJson(stub.body("resource-health.json"))));
        stub.server.stubFor(get(urlPathEqualTo(RESOURCES)).withQueryParam("$skiptoken", equalTo("rh2"))
                .willReturn(okJson(stub.body("resource-health-page2.json"))));
    }

    @Test
    void anActiveServiceIssueAtLevelErrorTakesItsRegionDown() throws Exception {
        Observation seen = probe.observe(region("westeurope"));

        assertThat(seen.health()).isEqualTo(Health.DOWN);
        assertThat(seen.attributes()).containsEntry("resources", "none").containsEntry("events", "service issue VT2L-7Z8 (Error): Connectivity issues in West Europe:"
                + " Azure Kubernetes Service, Azure Database for PostgreSQL flexible servers in West Europe since 2025-05-20T09:41:00Z");
        stub.server.verify(getRequestedFor(urlPathEqualTo(EVENTS)).withHeader("Authorization", equalTo("Bearer test-token-not-a-secret")));
    }

    @Test
    void resolvedIssuesAreIgnoredAndOpenMaintenanceAndImpairedResourcesOnLaterPagesDegradeTheRegion() throws Exception {
        Observation seen = probe.observe(region("eastus"));

        assertThat(seen.health()).isEqualTo(Health.DEGRADED);
        assertThat(seen.attributes()).containsEntry("events", "planned maintenance PM-4Q1 (Informational): Planned maintenance for"
                + " Azure Cache for Redis: Redis Cache in East US since 2025-05-20T22:00:00Z");
        assertThat(seen.attributes()).containsEntry("resources", "1 unavailable, 1 degraded: ai-workflow-db-eus (flexibleServers)"
                + " Unavailable: We're sorry, your Azure Database for PostgreSQL flexible server is unavailable. since 2025-05-20T09:44:00Z;"
                + " ai-workflow-aks-eus (managedClusters) Degraded: Some nodes of your cluster are not ready. since 2025-05-20T09:47:30Z");
        stub.server.verify(getRequestedFor(urlPathEqualTo(RESOURCES)).withHeader("Authorization", equalTo("Bearer test-token-not-a-secret")));
    }

    @Test
    void aResourceAzureReportsUnavailableDegradesARegionWithNoOpenEvent() throws Exception {
        stub.server.stubFor(get(urlPathEqualTo(EVENTS)).withQueryParam("$skiptoken", absent()).willReturn(okJson("{\"value\": []}")));

        Observation seen = probe.observe(region("East US"));

        assertThat(seen.health()).isEqualTo(Health.DEGRADED);
        assertThat(seen.attributes()).containsEntry("events", "none")
                .hasEntrySatisfying("resources", words -> assertThat(words).startsWith("1 unavailable, 1 degraded: ai-workflow-db-eus"));
    }

    @Test
    void aRegionWithNoOpenEventIsUp() throws Exception {
        Observation seen = probe.observe(region("southeastasia"));

        assertThat(seen.health()).isEqualTo(Health.UP);
        assertThat(seen.attributes()).containsEntry("events", "none").containsEntry("region", "southeastasia")
                .as("a resource whose health Azure cannot tell is not counted against its region").containsEntry("resources", "none");
    }

    private static Resource region(String region) {
        return AzureStub.resource("health-" + region, "azure-service-health", Map.of("region", region));
    }
}

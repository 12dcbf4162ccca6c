package dev.warroom.connectors.azure;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.warroom.connectors.azure.AzureStub.arm;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.warroom.connectors.ActionKey;
import dev.warroom.core.plan.model.Resource;
import dev.warroom.core.world.ActionExecutor;
import dev.warroom.core.world.ActionPreview;
import dev.warroom.core.world.ActionRequest;
import dev.warroom.core.world.ActionResult;
import dev.warroom.core.world.Health;
import dev.warroom.core.world.Observation;
import dev.warroom.core.world.Probe;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AzureTrafficManagerTest extends OnTheAzureStub {

    private static final String PROFILE = arm("ai-workflow-rg", "Microsoft.Network/trafficmanagerprofiles", "ai-workflow-tm");
    private static final String PROD_HOST = "ai-workflow-prod.eastus.cloudapp.azure.com";
    private static final String DR_HOST = "ai-workflow-dr.westeurope.cloudapp.azure.com";


    @Test
    void aDegradedPrimaryEndpointLeavesUsersOnTheNextPriorityAndTheProfileDegraded() throws Exception {
        stub.server.stubFor(get(urlPathEqualTo(PROFILE)).willReturn(okJson(stub.body("tm-profile.json"))));

        Observation seen = probe().observe(profile());

        assertThat(seen.health()).isEqualTo(Health.DEGRADED);
        assertThat(seen.attributes()).containsEntry("serving", DR_HOST)
                .containsEntry("origin", "westeurope → " + DR_HOST + " (enabled, Online, priority 2)")
                .containsEntry("endpoints", "eastus → " + PROD_HOST + " (enabled, Degraded, priority 1); westeurope → " + DR_HOST
                        + " (enabled, Online, priority 2)")
                .containsEntry("routing", "Priority").containsEntry("status", "Enabled, monitor Degraded")
                .containsEntry("fqdn", "ai-workflow.trafficmanager.net");
    }

    @Test
    void switchWithoutFromEnablesTheDrEndpointAndDisablesEveryOtherOne() throws Exception {
        stub.server.stubFor(get(urlPathEqualTo(PROFILE)).inScenario("tm").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(okJson(stub.body("tm-profile.json"))));
        stub.server.stubFor(patch(urlPathEqualTo(PROFILE + "/ExternalEndpoints/westeurope")).inScenario("tm")
                .withRequestBody(equalToJson("{\"properties\":{\"endpointStatus\":\"Enabled\"}}"))
                .willReturn(okJson(stub.body("tm-endpoint-westeurope.json"))));
        stub.server.stubFor(patch(urlPathEqualTo(PROFILE + "/AzureEndpoints/eastus")).inScenario("tm")
                .withRequestBody(equalToJson("{\"properties\":{\"endpointStatus\":\"Disabled\"}}"))
                .willReturn(okJson(stub.body("tm-endpoint-eastus-disabled.json"))).willSetStateTo("switched"));
        stub.server.stubFor(get(urlPathEqualTo(PROFILE)).inScenario("tm").whenScenarioStateIs("switched")
                .willReturn(okJson(stub.body("tm-profile-switched.json"))));

        ActionResult result = switcher().execute(request(Map.of("to", DR_HOST)));

        assertThat(result.succeeded()).as(result.detail()).isTrue();
        assertThat(result.detail()).isEqualTo("Traffic Manager ai-workflow-tm now hands out westeurope (" + DR_HOST
                + ", monitor Online); disabled eastus");
        stub.server.verify(1, patchRequestedFor(urlPathEqualTo(PROFILE + "/AzureEndpoints/eastus")));
        Observation after = probe().observe(profile());
        assertThat(after.health()).isEqualTo(Health.UP);
        assertThat(after.attributes()).containsEntry("serving", DR_HOST);
    }

    @Test
    void previewShowsBothEndpointUpdatesWithoutCallingAzure() {
        ActionPreview preview = switcher().preview(request(Map.of("from", "eastus", "to", "westeurope")));

        assertThat(preview.call()).isEqualTo(
                "PATCH " + stub.endpoint() + PROFILE + "/<endpoint type of westeurope>/westeurope?api-version=2022-04-01\n"
                        + "{\"properties\":{\"endpointStatus\":\"Enabled\"}}\n"
                        + "PATCH " + stub.endpoint() + PROFILE + "/<endpoint type of eastus>/eastus?api-version=2022-04-01\n"
                        + "{\"properties\":{\"endpointStatus\":\"Disabled\"}}\n"
                        + "az network traffic-manager endpoint update --resource-group ai-workflow-rg --profile-name ai-workflow-tm"
                        + " --name westeurope --type '<type of westeurope>' --endpoint-status Enabled\n"
                        + "az network traffic-manager endpoint update --resource-group ai-workflow-rg --profile-name ai-workflow-tm"
                        + " --name eastus --type '<type of eastus>' --endpoint-status Disabled");
        assertThat(preview.changes()).startsWith("Traffic Manager ai-workflow-tm hands out westeurope (enabled)",
                "eastus is disabled and gets no new users");
        stub.server.verify(0, anyRequestedFor(anyUrl()));
    }

    private Probe probe() {
        return azure.probes().get("traffic-manager");
    }

    private ActionExecutor switcher() {
        return azure.executors().get(ActionKey.of("traffic.switch", "traffic-manager"));
    }

    private static Resource profile() {
        return AzureStub.resource("tm", "traffic-manager", Map.of("resourceGroup", "ai-workflow-rg", "name", "ai-workflow-tm"));
    }

    private static ActionRequest request(Map<String, String> params) {
        return new ActionRequest("traffic.switch", Optional.of(profile()), Optional.empty(), params, Duration.ofMinutes(1));
    }
}

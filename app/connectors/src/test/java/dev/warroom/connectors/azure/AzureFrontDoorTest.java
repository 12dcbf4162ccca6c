package dev.warroom.connectors.azure;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.jsonResponse;
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
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AzureFrontDoorTest extends OnTheAzureStub {

    private static final String PROFILE = arm("ai-workflow-rg", "Microsoft.Cdn/profiles", "ai-workflow-fd");
    private static final String GROUP = PROFILE + "/originGroups/primary-pool";
    private static final String PROD_HOST = "ai-workflow-prod.eastus.cloudapp.azure.com";
    private static final String DR_HOST = "ai-workflow-dr.westeurope.cloudapp.azure.com";


    @Test
    void servingOriginIsTheEnabledOneWithTheBestPriorityEvenWithoutHealthMetrics() throws Exception {
        stub.server.stubFor(get(urlPathEqualTo(GROUP + "/origins")).willReturn(okJson(stub.body("afd-origins.json"))));
        stub.server.stubFor(get(urlPathEqualTo(PROFILE + "/afdEndpoints/api")).willReturn(okJson(stub.body("afd-endpoint.json"))));
        stub.server.stubFor(get(urlPathEqualTo(PROFILE + "/providers/Microsoft.Insights/metrics"))
                .willReturn(jsonResponse(stub.body("error-authorization-failed.json"), 403)));

        Observation seen = probe().observe(frontDoor(Map.of("originGroup", "primary-pool", "endpoint", "api")));

        assertThat(seen.health()).isEqualTo(Health.UP);
        assertThat(seen.attributes()).containsEntry("serving", PROD_HOST)
                .containsEntry("origin", PROD_HOST + " (enabled, priority 1, weight 1000)")
                .containsEntry("origins", "prod-eastus: " + PROD_HOST + " (enabled, priority 1, weight 1000); dr-westeurope: " + DR_HOST
                        + " (enabled, priority 2, weight 1000)")
                .containsEntry("endpoint", "api-h7cxa2bqgxe0c4dt.z01.azurefd.net (enabled)");
        assertThat(seen.attributes().get("originHealth")).startsWith("unknown (Azure denied access (403");
    }

    @Test
    void whenThePrimaryOriginFailsItsHealthProbesTrafficGoesToTheNextPriority() throws Exception {
        stub.server.stubFor(get(urlPathEqualTo(PROFILE + "/originGroups")).willReturn(okJson(stub.body("afd-origin-groups.json"))));
        stub.server.stubFor(get(urlPathEqualTo(GROUP + "/origins")).willReturn(okJson(stub.body("afd-origins.json"))));
        stub.server.stubFor(get(urlPathEqualTo(PROFILE + "/providers/Microsoft.Insights/metrics"))
                .willReturn(okJson(stub.body("afd-origin-health-metric.json"))));

        Observation seen = probe().observe(frontDoor(Map.of()));

        assertThat(seen.attributes()).containsEntry("serving", DR_HOST)
                .containsEntry("origin", DR_HOST + " (enabled, priority 2, weight 1000, healthy 100%)");
        assertThat(seen.attributes().get("origins")).contains(PROD_HOST + " (enabled, priority 1, weight 1000, healthy 0%)");
        assertThat(seen.health()).isEqualTo(Health.UP);
    }

    @Test
    void switchEnablesTheDrOriginThenDisablesProductionFollowingEachOperation() throws Exception {
        stub.server.stubFor(get(urlPathEqualTo(GROUP + "/origins")).inScenario("switch").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(okJson(stub.body("afd-origins.json"))));
        stub.longRunning("switch", patch(urlPathEqualTo(GROUP + "/origins/dr-westeurope"))
                .withRequestBody(equalToJson("{\"properties\":{\"priority\":1,\"enabledState\":\"Enabled\"}}")), "dr-enabled", 1);
        stub.longRunning("switch", "dr-enabled", patch(urlPathEqualTo(GROUP + "/origins/prod-eastus"))
                .withRequestBody(equalToJson("{\"properties\":{\"enabledState\":\"Disabled\"}}")), "switched", 1);
        stub.server.stubFor(get(urlPathEqualTo(GROUP + "/origins/dr-westeurope")).willReturn(okJson(stub.body("afd-origin-dr.json"))));
        stub.server.stubFor(get(urlPathEqualTo(GROUP + "/origins/prod-eastus")).willReturn(okJson(stub.body("afd-origin-prod-disabled.json"))));
        stub.server.stubFor(get(urlPathEqualTo(GROUP + "/origins")).inScenario("switch").whenScenarioStateIs("switched")
                .willReturn(okJson(stub.body("afd-origins-switched.json"))));
        stub.server.stubFor(get(urlPathEqualTo(PROFILE + "/providers/Microsoft.Insights/metrics"))
                .willReturn(okJson(stub.body("afd-origin-health-metric.json"))));

        ActionResult result = switcher().execute(request(Map.of("from", PROD_HOST, "to", DR_HOST)));

        assertThat(result.succeeded()).as(result.detail()).isTrue();
        assertThat(result.detail()).isEqualTo("Front Door ai-workflow-fd now sends origin group primary-pool to " + DR_HOST
                + "; disabled " + PROD_HOST);
        assertThat(result.outputs()).containsEntry("servingOrigin", DR_HOST);
        Observation after = probe().observe(frontDoor(Map.of("originGroup", "primary-pool")));
        assertThat(after.attributes()).containsEntry("serving", DR_HOST);
        assertThat(after.attributes().get("origins")).contains(PROD_HOST + " (disabled, priority 1, weight 1000, healthy 0%)");
    }

    @Test
    void anOriginUpdateAzureCompletesAtOnceNeedsNoPolling() throws Exception {
        stub.server.stubFor(get(urlPathEqualTo(GROUP + "/origins")).willReturn(okJson(stub.body("afd-origins.json"))));
        stub.server.stubFor(patch(urlPathEqualTo(GROUP + "/origins/dr-westeurope")).willReturn(okJson(stub.body("afd-origin-dr.json"))));
        stub.server.stubFor(patch(urlPathEqualTo(GROUP + "/origins/prod-eastus")).willReturn(okJson(stub.body("afd-origin-prod-disabled.json"))));

        ActionResult result = switcher().execute(request(Map.of("to", "dr-westeurope")));

        assertThat(result.succeeded()).as(result.detail()).isTrue();
        assertThat(result.outputs()).containsEntry("disabled", PROD_HOST);
        stub.server.verify(1, patchRequestedFor(urlPathEqualTo(GROUP + "/origins/prod-eastus")));
    }

    @Test
    void switchingToAnOriginTheGroupDoesNotHaveNamesTheOnesItHas() throws Exception {
        stub.server.stubFor(get(urlPathEqualTo(GROUP + "/origins")).willReturn(okJson(stub.body("afd-origins.json"))));

        ActionResult result = switcher().execute(request(Map.of("to", "ai-workflow-dr.northeurope.cloudapp.azure.com")));

        assertThat(result.succeeded()).isFalse();
        assertThat(result.detail()).isEqualTo("traffic.switch on ai-workflow-fd failed: Front Door ai-workflow-fd has no origin named or"
                + " hosted at 'ai-workflow-dr.northeurope.cloudapp.azure.com' (origins: prod-eastus = " + PROD_HOST
                + ", dr-westeurope = " + DR_HOST + ")");
        stub.server.verify(0, patchRequestedFor(anyUrl()));
    }

    @Test
    void previewShowsBothOriginUpdatesAsRestAndCliWithoutCallingAzure() {
        ActionPreview preview = switcher().preview(request(Map.of("from", "prod-eastus", "to", "dr-westeurope")));

        assertThat(preview.call()).isEqualTo(
                "PATCH " + stub.endpoint() + GROUP + "/origins/dr-westeurope?api-version=2024-02-01\n"
                        + "{\"properties\":{\"priority\":1,\"enabledState\":\"Enabled\"}}\n"
                        + "PATCH " + stub.endpoint() + GROUP + "/origins/prod-eastus?api-version=2024-02-01\n"
                        + "{\"properties\":{\"enabledState\":\"Disabled\"}}\n"
                        + "az afd origin update --resource-group ai-workflow-rg --profile-name ai-workflow-fd --origin-group-name primary-pool"
                        + " --origin-name dr-westeurope --enabled-state Enabled --priority 1\n"
                        + "az afd origin update --resource-group ai-workflow-rg --profile-name ai-workflow-fd --origin-group-name primary-pool"
                        + " --origin-name prod-eastus --enabled-state Disabled");
        assertThat(preview.changes()).startsWith(
                "Front Door ai-workflow-fd sends the traffic of origin group primary-pool to dr-westeurope (enabled, priority 1)",
                "prod-eastus is disabled and gets no traffic");
        stub.server.verify(0, anyRequestedFor(anyUrl()));
    }

    private Probe probe() {
        return azure.probes().get("front-door");
    }

    private ActionExecutor switcher() {
        return azure.executors().get(ActionKey.of("traffic.switch", "front-door"));
    }

    private static Resource frontDoor(Map<String, String> more) {
        Map<String, String> observe = new HashMap<>(Map.of("resourceGroup", "ai-workflow-rg", "name", "ai-workflow-fd"));
        observe.putAll(more);
        return AzureStub.resource("front-door", "front-door", observe);
    }

    private static ActionRequest request(Map<String, String> params) {
        return new ActionRequest("traffic.switch", Optional.of(frontDoor(Map.of("originGroup", "primary-pool"))), Optional.empty(), params,
                Duration.ofMinutes(2));
    }
}
